import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { ProblemException } from '@greenchain/platform';
import { type Request } from 'express';

/**
 * For POSTs that take no body: none, or an empty JSON object. Anything else is refused rather than
 * ignored, like an unknown field in any other body.
 */
export const NoBody = createParamDecorator((_: unknown, context: ExecutionContext): undefined => {
  const body = context.switchToHttp().getRequest<Request>().body as unknown;
  const empty =
    body === undefined ||
    (typeof body === 'object' &&
      body !== null &&
      !Array.isArray(body) &&
      Reflect.ownKeys(body).length === 0);
  if (empty) return undefined;
  throw new ProblemException(400, 'request/unexpected-body', 'This request takes no body.', 'body');
});

/** The OpenAPI side of NoBody: the POST takes nothing, or an empty object. */
export const ApiNoBody = () =>
  ApiBody({
    required: false,
    description: 'No body, or an empty object.',
    schema: { type: 'object', additionalProperties: false },
  });
