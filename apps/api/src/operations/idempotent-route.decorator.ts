import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation } from '@nestjs/swagger';

export interface IdempotentRouteOptions {
  readonly summary: string;
  /** Who may call it. */
  readonly description: string;
  readonly status: 202 | 204;
  /** The route takes no body (documented as an empty object; see NoBody). */
  readonly noBody?: boolean;
}

/** The HTTP and OpenAPI contract of a POST that starts work or marks something, with Idempotency-Key. */
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
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        '1-255 visible ASCII characters, scoped to you. A repeat answers the first response and does nothing again; another request with the same key answers 422, one still running 409.',
    }),
  );
}
