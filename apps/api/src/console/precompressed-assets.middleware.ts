import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { type NextFunction, type Request, type Response } from 'express';
import { setConsoleCacheHeaders } from './console-cache';

const assetsPrefix = '/admin/assets/';

/** The encodings the console build writes next to each script and style (see vite.config.mts). */
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the compressed copy of a console asset when the browser accepts it: on a slow link the
 * console's scripts are about a third of their size. Anything else falls through to the static files.
 */
export function precompressedAssets(assetsRoot: string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const accepted = request.headers['accept-encoding'] ?? '';
    const [pathname = ''] = request.originalUrl.split('?');
    const file = decodeURIComponent(pathname.slice(assetsPrefix.length));
    const path = normalize(join(assetsRoot, file));
    if (!path.startsWith(assetsRoot + sep)) return next();
    const encoding = encodings.find(
      ({ name, suffix }) => accepted.includes(name) && existsSync(path + suffix),
    );
    if (!encoding) return next();
    response.vary('Accept-Encoding');
    response.type(extname(path));
    response.setHeader('Content-Encoding', encoding.name);
    setConsoleCacheHeaders(response, path);
    response.sendFile(path + encoding.suffix, (error) => error && next(error));
  };
}
