import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemResponse } from './problem.response';

const meanings: Record<number, string> = {
  400: 'Invalid input (request/invalid names every field; unknown fields are refused).',
  401: 'No valid access token.',
  403: 'The record is visible to you, but your role, country or agency may not do this; or the route needs a fresh re-authentication proof (auth/reauthentication-required).',
  404: 'No such record, or one of another country that is not shared with you.',
  409: 'A concurrent write won (command/version-conflict) or the same Idempotency-Key is in flight.',
  412: 'If-Match is stale (command/stale-version); currentVersion says where the record is.',
  413: 'The body is larger than the limit.',
  422: 'A rule of the enforcement chain refused it (stable code, field), or an Idempotency-Key reused with another body.',
  429: 'Too many requests.',
  503: 'A read model is not built yet (read-model/not-ready); retry shortly.',
};

/** Documents problem+json responses with their meaning on this route. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ApiExtraModels(ProblemResponse),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: meanings[status] ?? 'Problem',
        content: {
          'application/problem+json': { schema: { $ref: getSchemaPath(ProblemResponse) } },
        },
      }),
    ),
  );
