import { applyDecorators, HttpCode, type Type, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ApiProblems } from './api-problems.decorator';
import { CommandResultResponse } from './command-result.response';
import { CommandResponseInterceptor } from './command-response.interceptor';
import { IdempotentBy } from './http-idempotency/idempotent-by.decorator';

export interface CommandRouteOptions {
  readonly command: string;
  readonly summary: string;
  readonly body: Type;
  readonly roles: readonly string[];
  /** The command creates something (201) rather than changing it (200). */
  readonly creates?: boolean;
}

/**
 * The OpenAPI and HTTP contract every command route shares: If-Match, Idempotency-Key, ETag, the
 * result body and the problems it may answer.
 */
export function CommandRoute(options: CommandRouteOptions) {
  const status = options.creates ? 201 : 200;
  return applyDecorators(
    HttpCode(status),
    IdempotentBy('event-store'),
    UseInterceptors(CommandResponseInterceptor),
    ApiBearerAuth(),
    ApiOperation({
      operationId: options.command,
      summary: options.summary,
      description: `Command ${options.command}. Who may: ${options.roles.join(', ')} (own country; see ADR 0005).`,
    }),
    ApiBody({ type: options.body }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag last seen ("<stream version>", W/ accepted). A stale one answers 412.',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        '1-255 visible ASCII characters, scoped to you. A repeat answers the first response (Idempotent-Replayed: true) and writes nothing; the same key with another body, occurredAt included, answers 422.',
    }),
    ApiResponse({
      status,
      type: CommandResultResponse,
      description: 'Written (or already written, when replayed).',
      headers: {
        ETag: { description: 'The new stream version, "<n>".', schema: { type: 'string' } },
        'Idempotent-Replayed': {
          description: '"true" when this answers a repeated Idempotency-Key.',
          schema: { type: 'string' },
        },
      },
    }),
    ApiProblems(400, 401, 403, 404, 409, 412, 413, 422, 429),
  );
}
