import { declinedCase } from '../support/declined-case';
import { today } from '../support/today';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CommandResult } from '@greenchain/contracts';
import { EventStore } from '@greenchain/event-store';
import { QueueFactory } from '@greenchain/platform';
import { eventJobsQueueName, projectionLags } from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedWorld } from '../../apps/api/src/demo/seed-world';
import { type NotificationResponse } from '../../apps/api/src/notifications/notification.response';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { bodyOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, type TestApp } from '../support/test-app';

/** The partner's address: loopback, opened for this suite alone by WEBHOOK_ALLOWED_NETWORKS. */
const receiverHost = '127.0.0.2';
const worldCases = 300;

describe('historic outcomes notify no one, fresh ones still do', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  let queue: Queue;
  let receiver: Server;
  let receiverUrl = '';
  const delivered: { caseId: string; kind: string }[] = [];
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    receiver = createServer((incoming, response) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        delivered.push(JSON.parse(Buffer.concat(chunks).toString()) as (typeof delivered)[0]);
        response.writeHead(204).end();
      });
    });
    receiver.listen(0, receiverHost);
    await once(receiver, 'listening');
    receiverUrl = `http://${receiverHost}:${(receiver.address() as AddressInfo).port}/outcomes`;
    subject = await startTestApp({
      with: [WorkerModule],
      env: { WEBHOOK_ALLOWED_NETWORKS: `${receiverHost}/32` },
    });
    http = request(subject.app.getHttpServer());
    dataSource = subject.app.get(DataSource);
    queue = subject.app.get(QueueFactory).createQueue(eventJobsQueueName);
    for (const role of ['customs', 'prosecutor'] as const) {
      tokens[role] = (await signIn(http, role)).accessToken;
    }
  }, 60_000);
  afterAll(async () => {
    receiver?.close();
    await queue?.close();
    await subject?.close();
  });

  const as = (who: string) => bearer(tokens[who] ?? '');
  const post = async (who: string, path: string, body: object) => {
    const response = await http.post(`/api/cases${path}`).set(as(who)).send(body);
    expect(response.ok).toBe(true);
    return bodyOf<CommandResult>(response);
  };
  const count = async (sql: string) =>
    (await dataSource.query<{ n: number }[]>(sql))[0]?.n ?? Number.NaN;
  /** Waits until the worker's dispatcher has decided on every event in the log. */
  const dispatcherCaughtUp = () =>
    expectEventually(
      async () => {
        const dispatcher = (await projectionLags(dataSource)).find(
          (lag) => lag.name === 'job-dispatcher',
        );
        expect(dispatcher).toMatchObject({ status: 'active', behindEvents: 0 });
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );

  it('seeds a world of closed cases without a job, a notification or a delivery', async () => {
    const summary = await seedWorld({
      dataSource,
      store: subject.app.get(EventStore),
      seed: 7,
      cases: worldCases,
      mode: 'fast',
      concurrency: 4,
    });
    expect(summary.casesAdded).toBe(worldCases);
    // Every office of the world listens: a job for any of its outcomes would reach the receiver.
    await dataSource.query(
      `INSERT INTO webhook_subscriptions (agency, country, url, secret)
       SELECT DISTINCT data->>'agency', data->>'country', $1, 's' FROM events
        WHERE event_type = 'SeizureRecorded'`,
      [receiverUrl],
    );
    await dispatcherCaughtUp();

    const outcomes = await count(
      `SELECT count(*)::int AS n FROM events WHERE event_type IN
         ('ProsecutionDeclined', 'ChargesFiled', 'ChargesWithdrawn', 'VerdictRecorded',
          'SentenceImposed', 'AppealDecided', 'CaseClosed')`,
    );
    expect(outcomes).toBeGreaterThan(worldCases);
    expect(await count(`SELECT count(*)::int AS n FROM job_dispatches`)).toBe(0);
    expect(await queue.getJobCounts('waiting', 'active', 'delayed', 'failed')).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
    });
    expect(await count(`SELECT count(*)::int AS n FROM notifications`)).toBe(0);
    expect(delivered).toEqual([]);
    // The read models still take the world's outcomes in.
    await expectEventually(
      async () =>
        expect(
          await count(
            `SELECT count(*)::int AS n FROM case_timeline WHERE event_type = 'SentenceImposed'`,
          ),
        ).toBe(
          await count(`SELECT count(*)::int AS n FROM events WHERE event_type = 'SentenceImposed'`),
        ),
      { timeoutMs: 60_000 },
    );
  }, 180_000);

  it('notifies and delivers an outcome recorded today, not one typed in years late', async () => {
    const lateCaseId = await declinedCase(post, '2024-04-15');
    const freshCaseId = await declinedCase(post, today());
    const notified = await expectEventually(
      async () => {
        const rows = bodyOf<NotificationResponse[]>(
          await http.get('/api/notifications').set(as('customs')).expect(200),
        );
        expect(rows).toHaveLength(1);
        expect(delivered).toHaveLength(1);
        return rows;
      },
      { timeoutMs: 30_000 },
    );
    expect(notified[0]).toMatchObject({ caseId: freshCaseId, kind: 'prosecution_declined' });
    expect(delivered[0]).toMatchObject({ caseId: freshCaseId, kind: 'prosecution_declined' });
    await dispatcherCaughtUp();
    expect(
      await count(
        `SELECT count(*)::int AS n FROM job_dispatches WHERE stream_id = 'case-${lateCaseId}'`,
      ),
    ).toBe(0);
    expect(delivered).toHaveLength(1);
  }, 90_000);
});
