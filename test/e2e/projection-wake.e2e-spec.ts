import { type CommandResult } from '@greenchain/contracts';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import {
  caseSummaryProjection,
  type CaseSummary,
  projectionLags,
  projectionWakeChannel,
} from '@greenchain/read-models';
import { expectEventually } from '@greenchain/testing';
import { Redis } from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ProjectionWakePublisher } from '../../apps/api/src/commands/projection-wake.publisher';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { seizureRequest } from '../support/hcfc-22-case';
import { bodyOf } from '../support/http';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, testRedisUrl, type TestApp } from '../support/test-app';

/** Far longer than the test waits: only a wake-up can bring the write into the list in time. */
const pollIntervalMs = 60_000;
/**
 * Long enough for the last follow-up wake-up: on a busy server another database's transaction may
 * hide the event from the commit-safe read for a few seconds.
 */
const wokenWithinMs = 8_000;

describe('a committed command wakes the projection runners through Redis', () => {
  let subject: TestApp;
  let http: ReturnType<typeof request>;
  let subscriber: Redis;
  let token = '';
  /** The newest committed position another connection could see when each wake-up arrived. */
  const visibleAtWakeUp: number[] = [];

  beforeAll(async () => {
    subject = await startTestApp({
      with: [WorkerModule],
      env: { PROJECTION_POLL_INTERVAL_MS: String(pollIntervalMs) },
    });
    http = request(subject.app.getHttpServer());
    const dataSource = subject.app.get(DataSource);
    const config = subject.app.get<GreenchainConfig>(GREENCHAIN_CONFIG);
    // Listens beside the worker, to see when wake-ups go out and what was committed by then.
    subscriber = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    subscriber.on('message', () => {
      void dataSource
        .query<{ head: string | null }[]>('SELECT max(global_position) AS head FROM events')
        .then(([row]) => visibleAtWakeUp.push(Number(row?.head ?? 0)));
    });
    await subscriber.subscribe(projectionWakeChannel(config.queue.prefix));
    token = (await signIn(http, 'customs')).accessToken;
    // The runners' first poll has run once the case list exists; then they sleep a whole minute.
    await expectEventually(() => http.get('/api/cases').set(bearer(token)).expect(200), {
      timeoutMs: 30_000,
    });
  }, 60_000);

  afterAll(async () => {
    subscriber?.disconnect();
    await subject?.close();
  });

  it('lists a new case long before the next poll, woken only after the commit', async () => {
    // The case list's runner has applied all there was: the new case can only come by a wake-up.
    await expectEventually(async () => {
      const lags = await projectionLags(subject.app.get(DataSource));
      expect(lags.find((lag) => lag.name === caseSummaryProjection.name)).toMatchObject({
        status: 'active',
        behindEvents: 0,
      });
    });
    const started = Date.now();
    const created = bodyOf<CommandResult>(
      await http.post('/api/cases').set(bearer(token)).send(seizureRequest()).expect(201),
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
    expect(Date.now() - started).toBeLessThan(pollIntervalMs / 6);
    expect(visibleAtWakeUp.length).toBeGreaterThan(0);
    expect(Math.max(...visibleAtWakeUp)).toBeGreaterThanOrEqual(created.globalPosition ?? 0);
  }, 30_000);

  it('sends no wake-up for a replayed command, which wrote nothing', async () => {
    const seizure = seizureRequest();
    const send = () =>
      http
        .post('/api/cases')
        .set(bearer(token))
        .set('Idempotency-Key', 'wake-replay')
        .send(seizure);
    // Wake-ups of one commit go out over five seconds: the publisher's requests, not the messages,
    // tell which command asked for them.
    const wakeRequests = jest.spyOn(subject.app.get(ProjectionWakePublisher), 'committed');
    await send().expect(201);
    await expectEventually(() => expect(visibleAtWakeUp.length).toBeGreaterThan(1));
    const before = wakeRequests.mock.calls.length;
    const replay = bodyOf<CommandResult>(await send().expect(201));
    expect(replay.replayed).toBe(true);
    expect(wakeRequests.mock.calls.length).toBe(before);
    // A command that writes does ask, seen the same way.
    await http.post('/api/cases').set(bearer(token)).send(seizureRequest()).expect(201);
    expect(wakeRequests.mock.calls.length).toBe(before + 1);
  }, 30_000);
});
