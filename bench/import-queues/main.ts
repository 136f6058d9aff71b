import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { EventStore } from '@greenchain/event-store';
import { migrateDatabase, redisConnection } from '@greenchain/platform';
import {
  allJobHandlers,
  dispatchProjection,
  eventJobsQueueName,
  JobProcessor,
  JobQueuePump,
  OutgoingDestinations,
  ProjectionRunner,
  projectionLags,
  WebhookSecrets,
} from '@greenchain/read-models';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { environmentSchema } from '../../libs/platform/src/config/config.schema';
import { inScratchDatabase, runBenchmark } from '../shared/bench-database';
import { benchMasterKey } from '../shared/bench-secrets';
import { seed } from '../shared/demo-world-database';
import { loadAverages, runHeader } from '../shared/run-header';

/**
 * What a bulk import does to the job queue (docs/events.md#what-is-notified): the demo world of seed 1 at
 * `cases` cases written by `npm run seed` in its own process, into a fresh database, while the
 * worker's job side (dispatcher, pump, processor) runs here as in production, on Redis. Every
 * second the queue's waiting and active counts, Redis's used_memory and the pending dispatches
 * are sampled, until the import is done and the dispatcher has decided on every event.
 */
const cases = Number(process.env.BENCH_IMPORT_CASES ?? flag('--cases') ?? 100_000);
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const defaults = environmentSchema.parse({});
const quiet = { log: () => undefined, error: (message: string) => console.error(message) };

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

interface Sample {
  readonly second: number;
  readonly waiting: number;
  readonly active: number;
  readonly usedMemory: number;
  readonly pendingDispatches: number;
}

interface ImportRun {
  readonly samples: readonly Sample[];
  readonly importSeconds: number;
  readonly drainedSeconds: number;
  readonly events: number;
  readonly outcomes: number;
  readonly dispatches: number;
  readonly notifications: number;
  readonly baselineMemory: number;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  await inScratchDatabase(async (url) => printTable(await measureImport(url), loadAtStart));
}

async function measureImport(url: string): Promise<ImportRun> {
  await migrateDatabase(url);
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: 10 } });
  await dataSource.initialize();
  const redis = new Redis(redisUrl);
  const job = jobSide(dataSource, `bench-${randomBytes(4).toString('hex')}`);
  try {
    const baselineMemory = await usedMemory(redis);
    const samples: Sample[] = [];
    const started = performance.now();
    const second = () => (performance.now() - started) / 1000;
    const sampler = setInterval(() => {
      void sample(job.queue, redis, dataSource, second()).then((taken) => samples.push(taken));
    }, 1000);
    job.start();
    try {
      await seed(url, cases);
      const importSeconds = second();
      await dispatcherCaughtUp(dataSource);
      await queueEmpty(job.queue);
      const drainedSeconds = second();
      return {
        samples,
        importSeconds,
        drainedSeconds,
        baselineMemory,
        ...(await totals(dataSource)),
      };
    } finally {
      clearInterval(sampler);
      await job.stop();
    }
  } finally {
    redis.disconnect();
    await dataSource.destroy();
  }
}

/** The worker's job side as JobDispatchService runs it, with the worker's default settings. */
function jobSide(dataSource: DataSource, prefix: string) {
  const connection = redisConnection(redisUrl);
  const handlers = allJobHandlers(
    new WebhookSecrets(benchMasterKey()),
    new OutgoingDestinations({ allowHttp: true, allowedNetworks: [] }),
  );
  const store = new EventStore({ dataSource, masterKey: benchMasterKey() });
  const dispatcher = new ProjectionRunner({
    dataSource,
    store,
    projection: dispatchProjection(handlers, {
      lateEntryDays: defaults.NOTIFY_LATE_ENTRIES_WITHIN_DAYS,
    }),
    pollIntervalMs: defaults.PROJECTION_POLL_INTERVAL_MS,
    batchSize: defaults.PROJECTION_BATCH_SIZE,
    logger: quiet,
  });
  const queue = new Queue(eventJobsQueueName, { connection, prefix });
  const pump = new JobQueuePump({
    dataSource,
    queue,
    intervalMs: defaults.JOB_PUMP_INTERVAL_MS,
    logger: quiet,
  });
  const processor = new JobProcessor({
    dataSource,
    handlers,
    createWorker: (process) => new Worker(eventJobsQueueName, process, { connection, prefix }),
    logger: quiet,
  });
  return {
    queue,
    start: () => {
      dispatcher.start();
      pump.start();
      processor.start();
    },
    stop: async () => {
      await dispatcher.stop();
      await pump.stop();
      await processor.stop();
      await queue.obliterate({ force: true });
      await queue.close();
    },
  };
}

async function sample(
  queue: Queue,
  redis: Redis,
  dataSource: DataSource,
  second: number,
): Promise<Sample> {
  const counts = await queue.getJobCounts('waiting', 'active');
  const [pending] = await dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM job_dispatches WHERE status = 'pending'`,
  );
  return {
    second,
    waiting: counts.waiting ?? 0,
    active: counts.active ?? 0,
    usedMemory: await usedMemory(redis),
    pendingDispatches: pending?.n ?? 0,
  };
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

async function until(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 250));
}

const dispatcherCaughtUp = (dataSource: DataSource) =>
  until(async () => {
    const lag = (await projectionLags(dataSource)).find((row) => row.name === 'job-dispatcher');
    return lag?.status === 'active' && lag.behindEvents === 0;
  });

const queueEmpty = (queue: Queue) =>
  until(async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
    return Object.values(counts).every((count) => count === 0);
  });

async function totals(dataSource: DataSource) {
  const [row] = await dataSource.query<
    { events: number; outcomes: number; dispatches: number; notifications: number }[]
  >(
    `SELECT (SELECT count(*)::int FROM events) AS events,
            (SELECT count(*)::int FROM events WHERE event_type IN
               ('ProsecutionDeclined', 'ChargesFiled', 'ChargesWithdrawn', 'VerdictRecorded',
                'SentenceImposed', 'AppealDecided', 'CaseClosed')) AS outcomes,
            (SELECT count(*)::int FROM job_dispatches) AS dispatches,
            (SELECT count(*)::int FROM notifications) AS notifications`,
  );
  if (!row) throw new Error('no totals');
  return row;
}

function printTable(run: ImportRun, loadAtStart: string): void {
  const count = (value: number) => value.toLocaleString('en-US');
  const megabytes = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const peak = (pick: (sample: Sample) => number) => Math.max(0, ...run.samples.map(pick));
  const lines = [
    runHeader(loadAtStart),
    `Job queue during a bulk import: the demo world (seed 1) of ${count(cases)} cases written by \`npm run seed\` (fast mode) into a fresh database, the worker's dispatcher, pump and processor running beside it on Redis; sampled every second (${run.samples.length} samples).`,
    '',
    '| figure | value |',
    '|---|---:|',
    `| events imported | ${count(run.events)} |`,
    `| outcomes among them (each would be a notification and a webhook) | ${count(run.outcomes)} |`,
    `| import duration (s) | ${run.importSeconds.toFixed(1)} |`,
    `| until the dispatcher decided on every event and the queue was empty (s) | ${run.drainedSeconds.toFixed(1)} |`,
    `| peak jobs waiting | ${count(peak((s) => s.waiting))} |`,
    `| peak jobs active | ${count(peak((s) => s.active))} |`,
    `| peak pending dispatches (PostgreSQL) | ${count(peak((s) => s.pendingDispatches))} |`,
    `| job dispatches written | ${count(run.dispatches)} |`,
    `| notifications written | ${count(run.notifications)} |`,
    `| Redis used_memory before (MB) | ${megabytes(run.baselineMemory)} |`,
    `| Redis used_memory peak (MB) | ${megabytes(peak((s) => s.usedMemory))} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runBenchmark(main);
