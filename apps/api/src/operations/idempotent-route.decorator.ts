import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation } from '@nestjs/swagger';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';

export interface IdempotentRouteOptions {
  readonly summary: string;
  /** Who may call it. */
  readonly description: string;
  readonly status: 202 | 204;
  /** The route takes no body (documented as an empty object; see NoBody). */
  readonly noBody?: boolean;
}

/**
 * The HTTP and OpenAPI contract of a POST that starts work or marks something; its Idempotency-Key
 * is the HTTP idempotency interceptor's (scoped to the user).
 */
export function IdempotentRoute(options: IdempotentRouteOptions) {
  return applyDecorators(
    HttpCode(options.status),
    ApiBearerAuth(),
    ApiOperation({ summary: options.summary, description: options.description }),
    ...(options.noBody
      ? [
          ApiBody({
            required: false,
            description: 'No body, or an empty object.',
            schema: { type: 'object', additionalProperties: false },
          }),
        ]
      : []),
    IdempotentPost(),
  );
}
