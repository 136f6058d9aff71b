import { type Request } from 'express';

export const consolePrefix = '/admin/';

/**
 * The path a request names below the console's root (`assets/index-abc.js`), decoded; undefined
 * outside the console or when the URL's escapes are malformed, which no file of the build matches.
 */
export function consolePath(request: Request): string | undefined {
  const [pathname = ''] = request.originalUrl.split('?');
  if (!pathname.startsWith(consolePrefix)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(consolePrefix.length));
  } catch {
    return undefined;
  }
}
