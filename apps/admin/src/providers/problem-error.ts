import { HttpError } from 'react-admin';

/** RFC 9457 problem details as the API sends them, with its stable code and the failing field. */
export interface Problem {
  readonly type?: string;
  readonly title?: string;
  readonly status: number;
  readonly code?: string;
  readonly detail?: string;
  readonly field?: string;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  readonly currentVersion?: number;
}

type FieldErrors = { [name: string]: string | FieldErrors };

/** Fields about the request rather than an input: the form shows them as a whole-form error. */
const requestFields = new Set(['body', 'If-Match', 'Idempotency-Key', 'caseId', 'evidenceId']);

/** `items[0].quantities[1].unit` → ['items', '0', 'quantities', '1', 'unit']. */
export function fieldPath(field: string): string[] {
  return field.split(/[.[\]]+/).filter((part) => part !== '');
}

function place(target: FieldErrors, path: readonly string[], message: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = message;
    return;
  }
  const next = typeof target[head] === 'object' ? target[head] : {};
  target[head] = next;
  place(next, rest, message);
}

/**
 * The problem's field errors shaped like the form values, so react-admin's forms put each message
 * under its input (`{ quantities: { 0: { unit: '...' } } }`); `prefix` places a sub-request's
 * errors inside a larger form (the seizure's items).
 */
export function fieldErrorsOf(problem: Problem, prefix: readonly string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  const message = problem.detail ?? problem.title ?? String(problem.status);
  const listed = problem.errors ?? [];
  for (const entry of listed) place(errors, [...prefix, ...fieldPath(entry.field)], entry.message);
  if (listed.length === 0 && problem.field && !requestFields.has(problem.field)) {
    place(errors, [...prefix, ...fieldPath(problem.field)], message);
  }
  return errors;
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' && value !== null && typeof (value as Problem).status === 'number'
  );
}

/** The API's refusal of a role (403): its detail names the API's own subjects, not what users see. */
export const forbiddenCode = 'auth/forbidden';
export const forbiddenMessage = 'access.forbidden';

/**
 * A react-admin HttpError whose body keeps the problem and adds the form-shaped field errors. A
 * refusal's message is a catalogue key, which react-admin's notifications translate.
 */
export function problemError(status: number, statusText: string, body: unknown): HttpError {
  if (!isProblem(body)) return new HttpError(statusText || `HTTP ${status}`, status, body);
  const message =
    body.code === forbiddenCode ? forbiddenMessage : (body.detail ?? body.title ?? statusText);
  return new HttpError(message, status, { problem: body, errors: fieldErrorsOf(body) });
}

/** The problem carried by an error the data provider threw, if any. */
export function problemOf(error: unknown): Problem | undefined {
  const body = (error as { body?: { problem?: unknown } } | null)?.body;
  return isProblem(body?.problem) ? body.problem : undefined;
}
