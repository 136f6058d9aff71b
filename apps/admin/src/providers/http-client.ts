import { reauthenticationRequired } from '@greenchain/contracts';
import { fetchUtils } from 'react-admin';
import { problemError } from './problem-error';
import { reauthentication } from './reauthentication';
import { session } from './session';
import { refreshSession } from './token-refresh';

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  readonly json: unknown;
}

/**
 * Every request carries the session's token and bypasses the HTTP cache: on a shared browser the
 * cache would otherwise hand one user's copy of a record (ETag = its version, the same for every
 * reader) to the next user through a 304, personal fields included.
 */
function withSession(options: fetchUtils.Options): RequestInit {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries(reauthentication.headerFor(options.method))) {
    headers.set(name, value);
  }
  return { ...options, headers, cache: 'no-store' };
}

async function send(url: string, options: fetchUtils.Options) {
  const response = await fetch(url, withSession(options));
  return { response, text: await response.text() };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function asksForReauthentication(status: number, json: unknown): boolean {
  return (
    status === 403 && (json as { code?: unknown } | undefined)?.code === reauthenticationRequired
  );
}

/**
 * fetchJson's contract (what ra-data-simple-rest expects) over the API: the session's bearer token,
 * one token refresh on a 401, the password asked again when a sensitive request needs it, and
 * problem+json turned into an HttpError naming the failing field.
 */
export async function httpClient(
  url: string,
  options: fetchUtils.Options = {},
): Promise<HttpResponse> {
  let { response, text } = await send(url, options);
  if (response.status === 401 && session.token() && (await refreshSession())) {
    ({ response, text } = await send(url, options));
  }
  let json = parse(text);
  if (asksForReauthentication(response.status, json) && (await reauthentication.prove())) {
    ({ response, text } = await send(url, options));
    json = parse(text);
  }
  if (!response.ok) throw problemError(response.status, response.statusText, json);
  return { status: response.status, headers: response.headers, body: text, json };
}

/** A binary download (an export file, a printable record) with the same session handling. */
export async function fetchBlob(url: string): Promise<Blob> {
  let response = await fetch(url, withSession({}));
  if (response.status === 401 && (await refreshSession())) {
    response = await fetch(url, withSession({}));
  }
  if (!response.ok) {
    throw problemError(response.status, response.statusText, parse(await response.text()));
  }
  return response.blob();
}
