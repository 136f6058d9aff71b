import { type EndedSessions, type SessionRecord } from '@greenchain/contracts';
import { httpClient } from '../providers/http-client';
import { newIdempotencyKey } from '../providers/idempotency-key';

const base = '/api/auth/sessions';

export async function listSessions(): Promise<readonly SessionRecord[]> {
  return (await httpClient(base)).json as SessionRecord[];
}

/** POST with a fresh Idempotency-Key, so a retried click ends nothing twice. */
async function end(path: string): Promise<EndedSessions> {
  const response = await httpClient(`${base}/${path}`, {
    method: 'POST',
    headers: new Headers({ 'Idempotency-Key': newIdempotencyKey() }),
  });
  return response.json as EndedSessions;
}

export const endSession = (id: string) => end(`${encodeURIComponent(id)}/end`);

export const endOtherSessions = () => end('end-others');
