import { basename, dirname } from 'node:path';
import { type ServerResponse } from 'node:http';

/**
 * Files under assets/ carry a content hash in their name (Vite's build), so a browser keeps them for
 * a year without asking; index.html names the current ones, so it is revalidated on every visit and
 * a release reaches the border post at the next page load.
 */
export function setConsoleCacheHeaders(response: ServerResponse, path: string): void {
  const hashed = basename(dirname(path)) === 'assets';
  response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}
