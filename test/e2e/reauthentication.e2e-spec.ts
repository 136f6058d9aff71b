import { setTimeout as sleep } from 'node:timers/promises';
import {
  type LoginResponse,
  reauthenticationRequired,
  type ReauthenticationProof,
  type UserRecord,
} from '@greenchain/contracts';
import request from 'supertest';
import { ReauthenticationProofs } from '../../apps/api/src/auth/reauthentication-proofs.service';
import { bodyOf, problemOf } from '../support/http';
import { withProof } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { createUser, testPassword } from '../support/users';

/** Short, so that a proof can be seen expiring. */
const proofTtlSeconds = 8;

interface SensitiveRoute {
  readonly name: string;
  readonly method: 'post' | 'patch';
  readonly path: () => string;
  readonly body?: () => object;
  readonly success: number;
}

jest.setTimeout(60_000);

describe('re-authentication before erasure, user changes and webhook changes', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let admin: LoginResponse;
  let otherAdmin: LoginResponse;
  let target: UserRecord;
  let webhookId = '';
  let created = 0;

  beforeAll(async () => {
    subject = await startTestApp({
      env: {
        REAUTHENTICATION_TTL_SECONDS: String(proofTtlSeconds),
        // Partners on this machine: no test resolves or reaches another host.
        WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
      },
    });
    http = request(subject.app.getHttpServer());
    admin = await signIn(http, 'admin');
    target = await createUser(http, admin.accessToken, {
      email: 'target@unep.test',
      role: 'analyst',
      country: null,
      agency: 'UNEP',
    });
    const other = await createUser(http, admin.accessToken, {
      email: 'other-admin@unep.test',
      role: 'admin',
      country: null,
      agency: null,
    });
    otherAdmin = await signIn(http, 'admin', { email: other.email, password: testPassword });
    const webhook = await http
      .post('/api/webhooks')
      .set(bearer(admin.accessToken))
      .set(withProof(await proofOf(admin)))
      .send({ agency: 'KRA', country: 'KE', url: 'http://127.0.0.1:9/hook' })
      .expect(201);
    webhookId = bodyOf<{ id: string }>(webhook).id;
  }, 90_000);
  afterAll(() => subject?.close());

  /** Minted by the service itself: the HTTP route is throttled like sign-in, and tested below. */
  async function proofOf(session: LoginResponse): Promise<string> {
    return (await subject.app.get(ReauthenticationProofs).issue(session.user.id, ['pwd'])).proof;
  }

  const routes: readonly SensitiveRoute[] = [
    {
      name: 'create a user',
      method: 'post',
      path: () => '/api/users',
      body: () => ({
        email: `new-${(created += 1)}@unep.test`,
        displayName: 'New analyst',
        password: 'mangrove-ledger-quietly-41',
        role: 'analyst',
        country: null,
        agency: 'UNEP',
      }),
      success: 201,
    },
    {
      name: 'change a user',
      method: 'patch',
      path: () => `/api/users/${target.id}`,
      body: () => ({ displayName: 'Renamed analyst' }),
      success: 200,
    },
    {
      name: 'issue a reset link',
      method: 'post',
      path: () => `/api/users/${target.id}/reset-link`,
      success: 201,
    },
    {
      name: 'erase a data subject',
      method: 'post',
      path: () => '/api/data-subjects/subject-1/erase',
      success: 200,
    },
    {
      name: 'subscribe a webhook',
      method: 'post',
      path: () => '/api/webhooks',
      body: () => ({ agency: 'KRA', country: 'KE', url: 'http://127.0.0.1:9/other' }),
      success: 201,
    },
    {
      name: "rotate a webhook's secret",
      method: 'post',
      path: () => `/api/webhooks/${webhookId}/rotate-secret`,
      success: 200,
    },
    {
      name: 'disable a webhook',
      method: 'post',
      path: () => `/api/webhooks/${webhookId}/disable`,
      success: 200,
    },
  ];

  const send = (route: SensitiveRoute, headers: Record<string, string>) =>
    http[route.method](route.path())
      .set(bearer(admin.accessToken))
      .set(headers)
      .send(route.body?.());

  const expectRefused = (response: request.Response, label: string) => {
    expect({ label, status: response.status, code: problemOf(response).code }).toEqual({
      label,
      status: 403,
      code: reauthenticationRequired,
    });
    expect(problemOf(response).field).toBe('Reauthentication');
  };

  it('refuses each without a proof, with an altered one, with an access token, and with another user’s', async () => {
    const mine = await proofOf(admin);
    const theirs = await proofOf(otherAdmin);
    const altered = `${mine.slice(0, -2)}${mine.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const route of routes) {
      expectRefused(await send(route, {}), `${route.name} without`);
      expectRefused(await send(route, withProof(altered)), `${route.name} altered`);
      expectRefused(await send(route, withProof(admin.accessToken)), `${route.name} access token`);
      expectRefused(await send(route, withProof(theirs)), `${route.name} foreign`);
    }
    const users = await http.get('/api/users').set(bearer(admin.accessToken)).expect(200);
    expect(bodyOf<UserRecord[]>(users).map((user) => user.displayName)).not.toContain(
      'Renamed analyst',
    );
  });

  it('refuses each with an expired proof', async () => {
    const proofs = await Promise.all(routes.map(() => proofOf(admin)));
    await sleep((proofTtlSeconds + 1) * 1000);
    for (const [index, route] of routes.entries()) {
      expectRefused(await send(route, withProof(proofs[index] ?? '')), `${route.name} expired`);
    }
  });

  it('lets each through with a fresh proof of the same user', async () => {
    for (const route of routes) {
      const response = await send(route, withProof(await proofOf(admin)));
      expect({ route: route.name, status: response.status }).toEqual({
        route: route.name,
        status: route.success,
      });
    }
  });

  it('checks the role first: an analyst with a valid proof of their own is still forbidden', async () => {
    const analyst = await signIn(http, 'analyst');
    const response = await http
      .patch(`/api/users/${target.id}`)
      .set(bearer(analyst.accessToken))
      .set(withProof(await proofOf(analyst)))
      .send({ displayName: 'By an analyst' })
      .expect(403);
    expect(problemOf(response).code).toBe('auth/forbidden');
  });

  it('issues a proof for the right password only, naming the field', async () => {
    const wrong = await http
      .post('/api/auth/reauthenticate')
      .set(bearer(admin.accessToken))
      .send({ password: 'not-the-password' })
      .expect(422);
    expect(problemOf(wrong)).toMatchObject({ code: 'auth/wrong-password', field: 'password' });
    await http.post('/api/auth/reauthenticate').send({ password: 'x' }).expect(401);
    const issued = bodyOf<ReauthenticationProof>(
      await http
        .post('/api/auth/reauthenticate')
        .set(bearer(otherAdmin.accessToken))
        .send({ password: testPassword })
        .expect(200),
    );
    expect(issued.expiresIn).toBe(proofTtlSeconds);
    await http
      .patch(`/api/users/${target.id}`)
      .set(bearer(otherAdmin.accessToken))
      .set(withProof(issued.proof))
      .send({ displayName: 'Renamed by the other administrator' })
      .expect(200);
  });
});
