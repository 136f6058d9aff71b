/** One input that was wrong: `field` is a path into the request (`items[0].quantity.unit`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** RFC 9457 problem details, with a stable `code` clients can switch on. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly field?: string;
  readonly errors?: readonly FieldProblem[];
  readonly [extension: string]: unknown;
}

export const problemContentType = 'application/problem+json';

export function problemType(code: string): string {
  return `urn:greenchain:problem:${code}`;
}
