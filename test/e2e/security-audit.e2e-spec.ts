import {
  type CommandResult,
  type SecurityAuditRecord,
  type SessionUser,
} from '@greenchain/contracts';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import type { FileJobQueuedResponse } from '../../apps/api/src/files/file-job.responses';
import type { WebhookSecretResponse } from '../../apps/api/src/webhooks/webhook-subscription.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf, problemOf } from '../support/http';
import { bearer, demoEmail, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';
import { reauthenticated } from '../support/reauthentication';
import { createUser, testPassword, ugandanOfficer } from '../support/users';

const userAgent = 'audit-e2e/1.0';
/** A partner on this machine, opened by the allow-list: no test resolves or reaches another host. */
const partnerUrl = 'http://127.0.0.1:9/in';

describe('security audit trail', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    subject = await startTestApp({
      with: [WorkerModule],
      env: { WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' },
    });
    http = request(subject.app.getHttpServer());
    for (const role of ['customs', 'analyst', 'admin'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
      const me = await http.get('/api/auth/me').set(bearer(tokens[role] ?? ''));
      ids[role] = bodyOf<SessionUser>(me).id;
    }
  }, 60_000);
  // Closing the app (worker included) and dropping its database can outlast 5 s on a loaded machine.
  afterAll(() => subject?.close(), 60_000);

  const as = (who: string) => ({ ...bearer(tokens[who] ?? ''), 'User-Agent': userAgent });
  /** An administrator's headers with a fresh re-authentication proof, for the sensitive routes. */
  const asReauthenticatedAdmin = async () => ({
    ...(await reauthenticated(http, tokens.admin ?? '')),
    'User-Agent': userAgent,
  });
  const trail = (filter: object, who = 'admin', extra: Record<string, string> = {}) =>
    http
      .get('/api/security-audit')
      .query({ filter: JSON.stringify(filter), range: '[0,99]', ...extra })
      .set(as(who));
  /** The entries a filter finds, once the projection has caught up with at least `count`. */
  const entries = (filter: object, count = 1) =>
    expectEventually(async () => {
      const response = await trail(filter).expect(200);
      const rows = bodyOf<SecurityAuditRecord[]>(response);
      expect(rows.length).toBeGreaterThanOrEqual(count);
      expect(response.headers['content-range']).toMatch(/^security-audit 0-\d+\/\d+$/);
      return rows;
    });

  it('records failed and successful sign-ins with the client, never the email typed', async () => {
    const wrongPassword = 'not-the-password';
    await http
      .post('/api/auth/login')
      .set('User-Agent', userAgent)
      .send({ email: demoEmail('admin'), password: wrongPassword })
      .expect(401);
    await http
      .post('/api/auth/login')
      .set('User-Agent', userAgent)
      .send({ email: 'nobody-here@example.org', password: wrongPassword })
      .expect(401);
    const failed = await entries({ kind: 'SignInFailed' }, 2);
    expect(failed.find((row) => row.userId === ids.admin)).toMatchObject({
      outcome: 'failed',
      actorUserId: null,
      userAgent,
      details: { reason: 'wrong-password' },
    });
    expect(failed.find((row) => row.userId === null)?.details).toEqual({
      reason: 'unknown-account',
    });
    expect(failed.every((row) => row.clientAddress)).toBe(true);
    expect(JSON.stringify(failed)).not.toContain('nobody-here');

    const succeeded = await entries({ kind: 'SignInSucceeded', actorUserId: ids.customs });
    expect(succeeded[0]).toMatchObject({ outcome: 'succeeded', userId: ids.customs });
  });

  it('records users created and changed, with the rights before and after', async () => {
    const created = await createUser(http, tokens.admin ?? '', ugandanOfficer('ug@audit.test'));
    await http
      .patch(`/api/users/${created.id}`)
      .set(await asReauthenticatedAdmin())
      .send({ role: 'prosecutor', displayName: 'Renamed', active: false })
      .expect(200);
    const [made] = await entries({ kind: 'UserCreated', userId: created.id });
    expect(made).toMatchObject({
      actorUserId: ids.admin,
      actorRole: 'admin',
      details: {
        profile: {
          role: 'customs',
          country: 'UG',
          agency: 'Uganda Revenue Authority',
          focalPoint: false,
          active: true,
        },
      },
    });
    const [changed] = await entries({ kind: 'UserUpdated', userId: created.id });
    expect(changed).toMatchObject({
      userAgent,
      details: {
        changedFields: ['displayName', 'role', 'active'],
        before: { role: 'customs', active: true },
        after: { role: 'prosecutor', active: false },
      },
    });
    expect(JSON.stringify(changed)).not.toContain('Renamed');
  });

  it('shows shares and revocations from the case streams', async () => {
    const post = async (path: string, body: object) =>
      bodyOf<CommandResult>(
        await http.post(`/api/cases${path}`).set(as('customs')).send(body).expect(201),
      );
    const caseId = (await post('', seizureRequest())).id;
    const share = await post(`/${caseId}/shares`, {
      occurredAt: '2024-03-05',
      country: 'UG',
      agency: 'Uganda Revenue Authority',
      fields: ['seizure'],
      until: '2999-12-31',
    });
    await http
      .post(`/api/cases/${caseId}/shares/${share.created.shareId ?? ''}/revoke`)
      .set(as('customs'))
      .send({ occurredAt: '2024-04-01' })
      .expect(200);
    const rows = await entries({ targetId: caseId }, 2);
    expect(rows.map((row) => row.kind).sort()).toEqual(['CaseShareRevoked', 'CaseShared']);
    expect(rows.find((row) => row.kind === 'CaseShared')).toMatchObject({
      actorUserId: ids.customs,
      details: { country: 'UG', fields: ['seizure'], until: '2999-12-31' },
    });
  });

  it('records exports requested and downloaded, erasures and webhook changes', async () => {
    const { id: exportId } = bodyOf<FileJobQueuedResponse>(
      await http.post('/api/exports').set(as('analyst')).send({ format: 'csv' }).expect(202),
    );
    await expectEventually(
      () => http.get(`/api/exports/${exportId}/file`).set(as('analyst')).expect(200),
      { timeoutMs: 30_000 },
    );
    const exported = await entries({ targetId: exportId }, 2);
    expect(exported.map((row) => row.kind).sort()).toEqual(['ExportDownloaded', 'ExportRequested']);
    expect(exported.every((row) => row.actorUserId === ids.analyst)).toBe(true);

    const caseId = bodyOf<CommandResult>(
      await http.post('/api/cases').set(as('customs')).send(seizureRequest()).expect(201),
    ).id;
    const { partyId } = bodyOf<CommandResult>(
      await http
        .post(`/api/cases/${caseId}/parties`)
        .set(as('customs'))
        .send(consigneeRequest)
        .expect(201),
    ).created;
    await http
      .post(`/api/data-subjects/${partyId}/erase`)
      .set(await asReauthenticatedAdmin())
      .expect(200);
    await entries({ kind: 'DataSubjectErased', targetId: partyId });

    const webhook = bodyOf<WebhookSecretResponse>(
      await http
        .post('/api/webhooks')
        .set(await asReauthenticatedAdmin())
        .send({ agency: 'Kenya Revenue Authority', country: 'KE', url: partnerUrl })
        .expect(201),
    );
    await http
      .post(`/api/webhooks/${webhook.id}/rotate-secret`)
      .set(await asReauthenticatedAdmin())
      .expect(200);
    await http
      .post(`/api/webhooks/${webhook.id}/disable`)
      .set(await asReauthenticatedAdmin())
      .expect(200);
    const hooks = await entries({ targetId: webhook.id }, 3);
    expect(hooks.map((row) => row.kind)).toEqual([
      'WebhookRemoved',
      'WebhookChanged',
      'WebhookRegistered',
    ]);
    expect(hooks[2]?.details).toEqual({
      url: partnerUrl,
      agency: 'Kenya Revenue Authority',
      country: 'KE',
    });
    expect(JSON.stringify(hooks)).not.toContain(webhook.secret);
  });

  it('records second factors, password changes, reset links and ended sessions', async () => {
    // The shared sign-in enrolled the administrator's second factor.
    const enabled = await entries({ kind: 'SecondFactorEnabled', actorUserId: ids.admin });
    expect(enabled[0]).toMatchObject({ outcome: 'succeeded', userId: ids.admin });

    const email = 'audit-password@ura.test';
    const user = await createUser(http, tokens.admin ?? '', ugandanOfficer(email));
    const credentials = { email, password: testPassword };
    const here = await signIn(http, 'customs', credentials);
    await signIn(http, 'customs', credentials);
    await http.post('/api/auth/sessions/end-others').set(bearer(here.accessToken)).expect(200);
    await http
      .post('/api/auth/password')
      .set(bearer(here.accessToken))
      .send({ currentPassword: testPassword, newPassword: 'mangrove-ledger-quietly-41' })
      .expect(204);
    await http
      .post(`/api/users/${user.id}/reset-link`)
      .set(await reauthenticated(http, tokens.admin ?? ''))
      .expect(201);
    for (const kind of ['SessionsEnded', 'PasswordChanged', 'PasswordResetIssued']) {
      const [row] = await entries({ kind, userId: user.id });
      expect(row).toMatchObject({ kind, outcome: 'succeeded', userId: user.id });
    }
  });

  it('is for administrators only', async () => {
    await trail({}, 'customs').expect(403);
    await trail({}, 'analyst').expect(403);
    await http.get('/api/security-audit').expect(401);
  });

  it('filters by kind, actor, outcome, time and text, and refuses unknown fields', async () => {
    await entries({ kind: 'WebhookRemoved' });
    const failures = bodyOf<SecurityAuditRecord[]>(await trail({ outcome: 'failed' }).expect(200));
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((row) => row.kind === 'SignInFailed')).toBe(true);
    const byAdmin = bodyOf<SecurityAuditRecord[]>(
      await trail({ actorUserId: ids.admin, kind: ['UserCreated', 'WebhookRegistered'] }).expect(
        200,
      ),
    );
    expect(new Set(byAdmin.map((row) => row.kind))).toEqual(
      new Set(['UserCreated', 'WebhookRegistered']),
    );
    const today = new Date().toISOString().slice(0, 10);
    const all = bodyOf<SecurityAuditRecord[]>(await trail({}).expect(200));
    const todays = bodyOf<SecurityAuditRecord[]>(
      await trail({ recordedFrom: today, recordedTo: today }).expect(200),
    );
    expect(todays).toHaveLength(all.length);
    const future = await trail({ recordedFrom: '2999-01-01' }).expect(200);
    expect(bodyOf<SecurityAuditRecord[]>(future)).toEqual([]);
    expect(future.headers['content-range']).toBe('security-audit 0-0/0');
    const text = bodyOf<SecurityAuditRecord[]>(await trail({ q: '127.0.0.1:9' }).expect(200));
    expect(text.map((row) => row.kind)).toEqual(['WebhookRegistered']);
    const oldestFirst = bodyOf<SecurityAuditRecord[]>(
      await trail({}, 'admin', { sort: '["recordedAt","ASC"]' }).expect(200),
    );
    const times = oldestFirst.map((row) => row.recordedAt);
    expect(times).toEqual([...times].sort());
    expect(times).toHaveLength(all.length);

    expect(problemOf(await trail({ colour: 'red' }).expect(400))).toMatchObject({
      field: 'filter',
    });
    expect(problemOf(await trail({ recordedFrom: 'not-a-date' }).expect(400)).field).toBe('filter');
    const badSort = await trail({}, 'admin', { sort: '["password","ASC"]' }).expect(400);
    expect(problemOf(badSort).field).toBe('sort');
  });
});
