import { type Request } from 'express';
import { type SessionClient } from './sessions.service';

/**
 * The client of a request as its session records it. The address is Express's `request.ip`: the
 * peer, or the X-Forwarded-For entry the TRUST_PROXY setting allows.
 */
export function sessionClientOf(request: Request): SessionClient {
  return {
    userAgent: request.headers['user-agent'] ?? null,
    clientAddress: clientAddressOf(request),
  };
}

export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
