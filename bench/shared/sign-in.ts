import type { ApiProcess } from './api-process';

/** The demo users' password, which the API process creates them with. */
export const demoPassword = 'greenchain-demo';

/** Signs a demo user in through the API and answers the access token. */
export async function signIn(api: ApiProcess, email: string): Promise<string> {
  const response = await fetch(`${api.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`signing in ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
