import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { type NextFunction, type Request, type Response } from 'express';
import { setConsoleCacheHeaders } from './console-cache';
import { consolePath } from './console-path';

/** The encodings the console build writes next to each script and style (see vite.config.mts). */
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the compressed copy of a console asset when the browser accepts it: on a slow link the
 * console's scripts are about a third of their size. Anything else falls through to the static files.
 */
export function precompressedAssets(consoleRoot: string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const accepted = request.headers['accept-encoding'] ?? '';
    const file = consolePath(request);
    if (file === undefined) return next();
    const path = normalize(join(consoleRoot, file));
    if (!path.startsWith(join(consoleRoot, 'assets') + sep)) return next();
    const encoding = encodings.find(
      ({ name, suffix }) => accepted.includes(name) && existsSync(path + suffix),
    );
    if (!encoding) return next();
    response.vary('Accept-Encoding');
    response.type(extname(path));
    response.setHeader('Content-Encoding', encoding.name);
    setConsoleCacheHeaders(response, path);
    // Relative to the root, so only the path inside the build is judged for hidden files.
    response.sendFile(
      file + encoding.suffix,
      { root: consoleRoot },
      (error) => error && next(error),
    );
  };
}
