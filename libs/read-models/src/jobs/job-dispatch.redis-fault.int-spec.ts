import { caseStream } from '@greenchain/domain';
import { randomUUID } from 'node:crypto';
import { expectEventually } from '@greenchain/testing';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { judged } from '@greenchain/domain/fixtures/case.fixtures';
import type { RunnerLogger } from '../runner/projection-runner';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
  everyFactNotified,
} from '../test-support/read-model-fixture';
import { OwnRedisServer } from '../test-support/redis-server';
import { dispatchProjection } from './dispatch.projection';
import { JobProcessor } from './job-processor';
import { JobQueuePump } from './job-queue-pump';
import { outcomeNotificationHandler } from './outcome-notification.handler';
import { QueueWatchdog } from './queue-watchdog';

const quiet: RunnerLogger = { log: () => undefined, error: () => undefined };
const handlers = [outcomeNotificationHandler];
const queueName = 'events';

describe('Redis restart and FLUSHALL under the job dispatcher', () => {
  let fixture: ReadModelFixture;
  let redis: OwnRedisServer;
  let queue: Queue;
  let pump: JobQueuePump;
  let processor: JobProcessor;
  let watchdog: QueueWatchdog;
  let probe: Redis;

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_redis_fault');
    redis = await OwnRedisServer.start();
    const connection = { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null };
    queue = new Queue(queueName, { connection });
    queue.on('error', () => undefined);
    pump = new JobQueuePump({
      dataSource: fixture.database.dataSource,
      queue,
      backoffMs: 50,
      resendAfterMs: 1000,
      intervalMs: 50,
      logger: quiet,
    });
    processor = new JobProcessor({
      dataSource: fixture.database.dataSource,
      handlers,
      createWorker: (process) => new Worker(queueName, process, { connection }),
      logger: quiet,
    });
    probe = new Redis({
      host: '127.0.0.1',
      port: redis.port,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    probe.on('error', () => undefined);
    watchdog = new QueueWatchdog({
      probe: () => probe.ping(),
      onRecovered: () => processor.restart(),
      intervalMs: 200,
      logger: quiet,
    });
    pump.start();
    processor.start();
    watchdog.start();
  }, 30_000);
  afterAll(async () => {
    await watchdog?.stop();
    await pump?.stop();
    await processor?.stop();
    await queue?.close();
    probe?.disconnect();
    await redis?.stop();
    await fixture?.database.drop();
  });

  /** Appends a judged case and waits until all its notifications exist, once each. */
  async function decideCase(timeoutMs = 10_000): Promise<void> {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, dispatchProjection(handlers, everyFactNotified));
    await expectEventually(
      async () => {
        const rows = await fixture.database.dataSource.query<{ kind: string; n: number }[]>(
          `SELECT kind, count(*)::int AS n FROM notifications WHERE case_id = $1
            GROUP BY kind ORDER BY kind`,
          [caseId],
        );
        expect(rows).toEqual([
          { kind: 'charges_filed', n: 2 },
          { kind: 'sentence', n: 1 },
          { kind: 'verdict', n: 2 },
        ]);
      },
      { timeoutMs },
    );
  }

  async function undone(): Promise<number> {
    const [row] = await fixture.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM job_dispatches WHERE status <> 'done'`,
    );
    return row?.n ?? -1;
  }

  it('runs jobs before, and resumes within 30 s after a restart that lost every job', async () => {
    await decideCase();
    await redis.down();
    // Decisions keep coming while Redis is away: their dispatches wait in PostgreSQL.
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, dispatchProjection(handlers, everyFactNotified));
    await redis.up();
    await redis.flushAll();
    await decideCase(30_000);
    await expectEventually(async () => expect(await undone()).toBe(0), { timeoutMs: 30_000 });
  }, 90_000);

  it('enqueues again the jobs a FLUSHALL removed before they ran', async () => {
    await pump.stop();
    await processor.stop();
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, dispatchProjection(handlers, everyFactNotified));
    await pump.pumpOnce();
    expect(await queue.getJobCountByTypes('waiting')).toBe(5);
    await redis.flushAll();
    pump.start();
    processor.start();
    await expectEventually(async () => expect(await undone()).toBe(0), { timeoutMs: 30_000 });
    const [copies] = await fixture.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notifications WHERE case_id = $1`,
      [caseId],
    );
    expect(copies?.n).toBe(5);
  }, 60_000);
});
