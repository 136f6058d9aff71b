import { HttpError } from 'react-admin';
import { httpClient } from '../providers/http-client';
import { type Problem, problemOf } from '../providers/problem-error';

export type PasswordOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: Problem; readonly errors?: Record<string, unknown> };

/** POSTs a password form; a refusal answers the problem and its field errors for the form. */
export async function submitPassword(url: string, body: object): Promise<PasswordOutcome> {
  try {
    await httpClient(url, {
      method: 'POST',
      headers: new Headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(body),
    });
    return { ok: true };
  } catch (error) {
    const problem = problemOf(error);
    if (!(error instanceof HttpError) || !problem) throw error;
    const errors = (error.body as { errors?: Record<string, unknown> } | undefined)?.errors;
    return { ok: false, problem, errors };
  }
}
