import { declinedCase } from '../support/declined-case';
import { today } from '../support/today';
import { expectEventually } from '@greenchain/testing';
import request from 'supertest';
import { type NotificationResponse } from '../../apps/api/src/notifications/notification.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { bodyOf, problemOf } from '../support/http';
import { bearer } from '../support/sessions';
import { caseCommand } from '../support/case-commands';
import { signInRoles } from '../support/role-tokens';
import { startTestApp, type TestApp } from '../support/test-app';

describe('outcome notifications of the seizing office', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  let caseId = '';

  beforeAll(async () => {
    subject = await startTestApp({ with: [WorkerModule] });
    http = request(subject.app.getHttpServer());
    Object.assign(
      tokens,
      await signInRoles(http, ['customs', 'prosecutor', 'admin'], 'customs@ura.test'),
    );
  }, 60_000);
  afterAll(() => subject?.close());

  const as = (who: string) => bearer(tokens[who] ?? '');
  const post = (who: string, path: string, body: object) =>
    caseCommand(http, tokens[who] ?? '', path, body);
  const notifications = async (who: string, filter?: object) => {
    const call = http.get('/api/notifications').set(as(who));
    const response = await (filter ? call.query({ filter: JSON.stringify(filter) }) : call).expect(
      200,
    );
    return {
      rows: bodyOf<NotificationResponse[]>(response),
      range: response.headers['content-range'],
    };
  };

  it('tells the seizing customs office that the prosecutor declined, and no one else', async () => {
    caseId = await declinedCase(post, today(), 'KRA/MSA/2024/0173');
    const { rows, range } = await expectEventually(
      async () => {
        const seen = await notifications('customs');
        expect(seen.rows).toHaveLength(1);
        expect(seen.rows[0]?.caseReference).toBe('KRA/MSA/2024/0173');
        return seen;
      },
      { timeoutMs: 30_000 },
    );
    expect(range).toBe('notifications 0-0/1');
    expect(rows[0]).toEqual({
      id: expect.any(String) as string,
      caseId,
      caseReference: 'KRA/MSA/2024/0173',
      kind: 'prosecution_declined',
      title: 'Prosecution declined',
      detail: 'The prosecutor declined to prosecute in case KRA/MSA/2024/0173.',
      createdAt: expect.any(String) as string,
    });
    expect((await notifications('uganda')).rows).toEqual([]);
    await http.get('/api/notifications').set(as('prosecutor')).expect(403);
    await http.post(`/api/notifications/${rows[0]?.id}/read`).set(as('uganda')).expect(404);
  }, 60_000);

  it('marks one read for the office, once, with Idempotency-Key honoured', async () => {
    const [unread] = (await notifications('customs', { unread: true })).rows;
    const read = () =>
      http
        .post(`/api/notifications/${unread?.id}/read`)
        .set(as('customs'))
        .set('Idempotency-Key', 'read-1');
    await read().expect(204);
    await read().expect(204);
    expect((await notifications('customs', { unread: true })).rows).toEqual([]);
    const [marked] = (await notifications('customs')).rows;
    expect(Date.parse(marked?.readAt ?? '')).toBeGreaterThan(0);
    await http.post(`/api/notifications/${unread?.id}/read`).set(as('customs')).expect(204);
    expect((await notifications('customs')).rows[0]?.readAt).toBe(marked?.readAt);
  });

  it('names the list parameter that is wrong', async () => {
    const filter = await http
      .get('/api/notifications')
      .query({ filter: '{"unread":"yes"}' })
      .set(as('customs'))
      .expect(400);
    expect(problemOf(filter).field).toBe('filter');
    const unknown = await http
      .get('/api/notifications')
      .query({ filter: '{"caseId":"x"}' })
      .set(as('customs'))
      .expect(400);
    expect(problemOf(unknown).field).toBe('filter');
    await http.post('/api/notifications/not-a-uuid/read').set(as('customs')).expect(400);
  });
});
