import { caseStream } from '@greenchain/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import { expectEventually } from '@greenchain/testing';
import { Queue, Worker } from 'bullmq';
import { judged } from '@greenchain/domain/fixtures/case.fixtures';
import type { RunnerLogger } from '../runner/projection-runner';
import {
  appendEvents,
  project,
  readModelDatabase,
  type ReadModelFixture,
  everyFactNotified,
} from '../test-support/read-model-fixture';
import { dispatchProjection } from './dispatch.projection';
import { jobId, type JobHandler } from './job-handler';
import { listDeadLetters, retryDeadLetter, runJob } from './job-inbox';
import { JobProcessor } from './job-processor';
import { JobQueuePump } from './job-queue-pump';
import { outcomeNotificationHandler } from './outcome-notification.handler';

const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const connection = { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) };
const quiet: RunnerLogger = { log: () => undefined, error: () => undefined };

describe('job dispatch: events to BullMQ jobs through an inbox', () => {
  let fixture: ReadModelFixture;
  let queue: Queue;
  let pump: JobQueuePump;
  let processor: JobProcessor;
  let brokenOnce = true;
  const prefix = `test-jobs-${randomBytes(4).toString('hex')}`;
  const queueName = 'events';

  /** Fails every time until the test repairs it: its job ends as a dead letter first. */
  const fragileHandler: JobHandler = {
    name: 'fragile',
    eventTypes: new Set(['SentenceImposed']),
    notifies: false,
    async handle(job, transaction) {
      if (brokenOnce) throw new Error('webhook endpoint refused');
      await transaction.query(
        `INSERT INTO notifications (recipient_agency, recipient_country, case_id, event_id, kind)
         VALUES ('fragile', 'PY', $1, $2, 'fragile')`,
        [job.streamId, job.eventId],
      );
    },
  };
  const handlers = [outcomeNotificationHandler, fragileHandler];

  beforeAll(async () => {
    fixture = await readModelDatabase('rm_jobs');
    queue = new Queue(queueName, { connection, prefix });
    pump = new JobQueuePump({
      dataSource: fixture.database.dataSource,
      queue,
      attempts: 2,
      backoffMs: 10,
      resendAfterMs: 200,
      intervalMs: 20,
      logger: quiet,
    });
    processor = new JobProcessor({
      dataSource: fixture.database.dataSource,
      handlers,
      createWorker: (process) => new Worker(queueName, process, { connection, prefix }),
      logger: quiet,
    });
  });
  afterAll(async () => {
    await pump?.stop();
    await processor?.stop();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await fixture?.database.drop();
  });

  async function notifications(kind?: string): Promise<{ kind: string; n: number }[]> {
    return fixture.database.dataSource.query(
      `SELECT kind, count(*)::int AS n FROM notifications
        WHERE $1::text IS NULL OR kind = $1 GROUP BY kind ORDER BY kind`,
      [kind ?? null],
    );
  }

  it('notifies the seizing office once per decision, and dead-letters a job out of retries', async () => {
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, dispatchProjection(handlers, everyFactNotified));
    pump.start();
    processor.start();

    await expectEventually(async () =>
      expect(await notifications()).toEqual([
        { kind: 'charges_filed', n: 2 },
        { kind: 'sentence', n: 1 },
        { kind: 'verdict', n: 2 },
      ]),
    );
    const [office] = await fixture.database.dataSource.query<{ recipient_agency: string }[]>(
      `SELECT DISTINCT recipient_agency FROM notifications`,
    );
    expect(office?.recipient_agency).toBe('DNA Paraguay');

    const dead = await expectEventually(async () => {
      const letters = await listDeadLetters(fixture.database.dataSource);
      expect(letters).toEqual([
        expect.objectContaining({
          handler: 'fragile',
          attempts: 2,
          error: 'webhook endpoint refused',
        }),
      ]);
      return letters[0];
    });

    brokenOnce = false;
    expect(await retryDeadLetter(fixture.database.dataSource, 'fragile', dead?.eventId ?? '')).toBe(
      true,
    );
    // The failed job is still held by BullMQ under the same id: remove it so the retry can enqueue.
    await queue.remove(jobId({ handler: 'fragile', eventId: dead?.eventId ?? '' }));
    await expectEventually(async () =>
      expect(await notifications('fragile')).toEqual([{ kind: 'fragile', n: 1 }]),
    );
  });

  it('has the effect once when a job is delivered twice', async () => {
    const [dispatch] = await fixture.database.dataSource.query<
      { event_id: string; stream_id: string; global_position: string; event_type: string }[]
    >(
      `SELECT event_id, stream_id, global_position, event_type FROM job_dispatches
        WHERE handler = 'outcome-notification' AND event_type = 'SentenceImposed'`,
    );
    const job = {
      handler: outcomeNotificationHandler.name,
      eventId: dispatch?.event_id ?? '',
      streamId: dispatch?.stream_id ?? '',
      globalPosition: Number(dispatch?.global_position),
      eventType: dispatch?.event_type ?? '',
    };
    const before = await notifications('sentence');
    expect(await runJob(fixture.database.dataSource, outcomeNotificationHandler, job)).toBe(
      'duplicate',
    );
    expect(await notifications('sentence')).toEqual(before);
  });

  it('enqueues again the jobs the queue lost before they ran', async () => {
    await pump.stop();
    await processor.stop();
    const caseId = randomUUID();
    await appendEvents(fixture.store, caseStream.streamId(caseId), judged);
    await project(fixture, dispatchProjection(handlers, everyFactNotified));
    await pump.pumpOnce();
    // What a Redis restart without persistence or a FLUSHALL does to this queue's jobs.
    await queue.obliterate({ force: true });
    pump.start();
    processor.start();
    await expectEventually(async () => {
      const [pending] = await fixture.database.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM job_dispatches WHERE status <> 'done'`,
      );
      expect(pending?.n).toBe(0);
    });
    expect(await notifications()).toEqual([
      { kind: 'charges_filed', n: 4 },
      { kind: 'fragile', n: 2 },
      { kind: 'sentence', n: 2 },
      { kind: 'verdict', n: 4 },
    ]);
  });
});
