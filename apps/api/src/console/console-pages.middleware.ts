import { type NextFunction, type Request, type Response } from 'express';
import { setConsoleCacheHeaders } from './console-cache';
import { consolePath, consolePrefix } from './console-path';

/** How send reports a path that is no file of the build: one of the page's own routes. */
const notAFile = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

/**
 * Serves the console build: a file of the build as it is, any other path under /admin/ (a deep
 * link such as /admin/cases/123/show) as index.html, whose router shows that page. Files are sent
 * relative to the console's root, so a dot in the installation path (~/.local/greenchain) is never
 * taken for a hidden file, while a hidden file inside the build (/admin/.env) is never sent. A
 * missing asset (an old hash after a release) is a 404, not the page in its place.
 */
export function consolePages(consoleRoot: string) {
  const send = (response: Response, file: string, failed: (error: Error) => void) => {
    setConsoleCacheHeaders(response, file);
    response.sendFile(file, { root: consoleRoot }, (error) => error && failed(error));
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!request.originalUrl.startsWith(consolePrefix)) {
      return response.redirect(301, consolePrefix);
    }
    const file = consolePath(request) || 'index.html';
    send(response, file, (error) => {
      if (response.headersSent || !isNotAFile(error)) return next(error);
      if (file.startsWith('assets/')) return next();
      send(response, 'index.html', next);
    });
  };
}

function isNotAFile(error: Error & { code?: string; status?: number }): boolean {
  return notAFile.has(error.code ?? '') || error.status === 404;
}
