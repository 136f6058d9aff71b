import { randomBytes } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type Request, type Response } from 'express';
import { catchError, from, mergeMap, type Observable, of } from 'rxjs';
import { parseIdempotencyKey } from '../command-headers';
import { CommandKeys } from '../command-keys.service';
import { IDEMPOTENCY_OWNER, type IdempotencyOwner } from './idempotent-by.decorator';
import { idempotencyScope } from './idempotency-scope';
import { IdempotentRequestsStore } from './idempotent-requests.store';
import { open, seal } from './response-seal';

const keyReused = () =>
  new ProblemException(
    422,
    'command/idempotency-key-reused',
    'This Idempotency-Key was already used for another request.',
    'Idempotency-Key',
  );

const inFlight = () =>
  new ProblemException(
    409,
    'command/in-flight',
    'A request with this Idempotency-Key is still being processed; retry shortly.',
    'Idempotency-Key',
  );

/**
 * Idempotency-Key on every POST that is not an event-store command (those keep theirs in
 * processed_commands): the first successful response is kept, sealed, and a repeat with the same
 * key and request gets it back without running the handler again; the same key with another
 * request answers 422. Only successes are kept: a refused request may be retried with its key.
 */
@Injectable()
export class HttpIdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: CommandKeys,
    private readonly store: IdempotentRequestsStore,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: SessionUser }>();
    if (request.method !== 'POST') return next.handle();
    const owner =
      this.reflector.getAllAndOverride<IdempotencyOwner | undefined>(IDEMPOTENCY_OWNER, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'user';
    if (owner === 'event-store') return next.handle();
    const key = parseIdempotencyKey(request);
    const scope = key === undefined ? undefined : this.scopeOf(owner, request);
    if (key === undefined || scope === undefined) return next.handle();
    const keyHash = this.keys.digest(['http-idempotency', scope.owner, key]);
    const salt = randomBytes(16);
    const claim = await this.store.claim(
      keyHash,
      this.keys.digest(['http-request', scope.request]),
      salt,
    );
    switch (claim.state) {
      case 'reused':
        throw keyReused();
      case 'in-flight':
        throw inFlight();
      case 'done': {
        // A response that does not open was sealed under another credential: another request.
        const stored = open(await scope.sealKey(claim.salt), claim.response);
        if (stored === undefined) throw keyReused();
        http.getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
        return of((JSON.parse(stored) as { body: unknown }).body);
      }
      case 'claimed':
        return this.run(next, keyHash, await scope.sealKey(salt));
    }
  }

  private scopeOf(owner: IdempotencyOwner, request: Request & { user?: SessionUser }) {
    const pattern = (request.route as { path?: unknown } | undefined)?.path;
    return idempotencyScope(
      owner,
      {
        user: request.user,
        route: `${request.baseUrl}${typeof pattern === 'string' ? pattern : request.path}`,
        params: request.params,
        query: request.query,
        body: request.body as unknown,
      },
      this.keys,
    );
  }

  private run(next: CallHandler, keyHash: Buffer, sealKey: Buffer): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.store.complete(keyHash, seal(sealKey, JSON.stringify({ body: body ?? null })));
        return body;
      }),
      catchError((error: unknown) =>
        from(
          this.store.release(keyHash).then(() => {
            throw error;
          }),
        ),
      ),
    );
  }
}
