import { type ProblemDetails } from '@greenchain/platform';

/** supertest types bodies as `any`; tests name the shape they expect instead. */
export function bodyOf<T>(response: { body: unknown }): T {
  return response.body as T;
}

export function problemOf(response: { body: unknown }): ProblemDetails {
  return bodyOf<ProblemDetails>(response);
}
