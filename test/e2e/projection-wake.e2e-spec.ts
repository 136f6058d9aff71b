import { type CommandResult } from '@greenchain/contracts';
import { EventStore } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import {
  caseSummaryProjection,
  type CaseSummary,
  ProjectionRunner,
  projectionWakeChannel,
} from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import { Redis } from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, testRedisUrl, type TestApp } from '../support/test-app';

/** Far longer than the test waits: only a wake-up can bring the write into the list in time. */
const pollIntervalMs = 60_000;
const wokenWithinMs = 3_000;

describe('a committed command wakes the projection runners through Redis', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let runner: ProjectionRunner;
  let subscriber: Redis;
  let token = '';
  /** The newest committed position another connection could see when each wake-up arrived. */
  const visibleAtWakeUp: number[] = [];

  beforeAll(async () => {
    subject = await startTestApp();
    http = request(subject.app.getHttpServer());
    const dataSource = subject.app.get(DataSource);
    const config = subject.app.get<GreenchainConfig>(GREENCHAIN_CONFIG);
    // The worker's runner, with a poll interval the test controls, listening as the worker does.
    runner = new ProjectionRunner({
      dataSource,
      store: subject.app.get(EventStore),
      projection: caseSummaryProjection,
      pollIntervalMs,
    });
    await runner.catchUp();
    subscriber = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    subscriber.on('message', () => {
      runner.wake();
      void dataSource
        .query<{ head: string | null }[]>('SELECT max(global_position) AS head FROM events')
        .then(([row]) => visibleAtWakeUp.push(Number(row?.head ?? 0)));
    });
    await subscriber.subscribe(projectionWakeChannel(config.queue.prefix));
    runner.start();
    token = (await signIn(http, 'customs')).accessToken;
  }, 60_000);

  afterAll(async () => {
    subscriber.disconnect();
    await runner.stop();
    await subject.close();
  });

  it('lists a new case long before the next poll, woken only after the commit', async () => {
    // Let the runner's first poll find nothing and go to sleep for the long interval.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const created = bodyOf<CommandResult>(
      await http.post('/api/cases').set(bearer(token)).send(seizureRequest).expect(201),
    );
    await expectEventually(
      async () => {
        const rows = bodyOf<CaseSummary[]>(
          await http.get('/api/cases').set(bearer(token)).expect(200),
        );
        expect(rows.map((row) => row.id)).toContain(created.id);
      },
      { timeoutMs: wokenWithinMs },
    );
    expect(Date.now() - started).toBeLessThan(pollIntervalMs / 10);
    expect(visibleAtWakeUp.length).toBeGreaterThan(0);
    expect(Math.max(...visibleAtWakeUp)).toBeGreaterThanOrEqual(created.globalPosition ?? 0);
  }, 30_000);

  it('sends no wake-up for a replayed command, which wrote nothing', async () => {
    const send = () =>
      http
        .post('/api/cases')
        .set(bearer(token))
        .set('Idempotency-Key', 'wake-replay')
        .send(seizureRequest);
    await send().expect(201);
    await expectEventually(() => expect(visibleAtWakeUp.length).toBeGreaterThan(1));
    // Wake-ups go out at once and again within half a second; let them all arrive.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = visibleAtWakeUp.length;
    const replay = bodyOf<CommandResult>(await send().expect(201));
    expect(replay.replayed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(visibleAtWakeUp).toHaveLength(before);
  }, 30_000);
});
