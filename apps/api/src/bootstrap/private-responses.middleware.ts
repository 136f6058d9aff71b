import { type NextFunction, type Request, type Response } from 'express';

/**
 * API answers depend on who asks (personal fields, country scope), while a record's ETag is its
 * stream version, the same for every reader: a shared cache or browser could answer one user's
 * conditional request with another's copy. Nothing under /api is stored, and caches key on the token.
 */
export function privateResponses(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  response.vary('Authorization');
  next();
}
