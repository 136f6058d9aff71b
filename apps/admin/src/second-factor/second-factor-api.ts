import {
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
} from '@greenchain/contracts';
import { httpClient } from '../providers/http-client';

const base = '/api/auth/second-factor';

async function post<T>(path: string, body: object = {}): Promise<T> {
  const response = await httpClient(`${base}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: new Headers({ 'Content-Type': 'application/json' }),
  });
  return response.json as T;
}

/** The signed-in user's second factor, over the API. */
export const secondFactorApi = {
  status: async () => (await httpClient(base)).json as SecondFactorStatus,
  startEnrolment: () => post<SecondFactorEnrolment>('/enrolment'),
  confirm: (code: string) => post<RecoveryCodes>('/enrolment/confirm', { code }),
  regenerate: (code: string) => post<RecoveryCodes>('/recovery-codes', { code }),
  disable: (code: string) => post<unknown>('/disable', { code }),
};
