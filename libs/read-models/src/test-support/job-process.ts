import { EventStore } from '@greenchain/event-store';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { dispatchProjection } from '../jobs/dispatch.projection';
import { JobProcessor } from '../jobs/job-processor';
import { JobQueuePump } from '../jobs/job-queue-pump';
import { outcomeNotificationHandler } from '../jobs/outcome-notification.handler';
import { ProjectionRunner } from '../runner/projection-runner';
import { everyFactNotified } from './read-model-fixture';

/**
 * The worker's job side as a process a test can kill -9: dispatcher, pump and processor for the
 * outcome notifications. Reads DATABASE_URL, REDIS_PORT and QUEUE_PREFIX; prints "running".
 * Short BullMQ locks so a job of a killed process is taken up again within seconds.
 */
async function main(): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await dataSource.initialize();
  const store = new EventStore({ dataSource });
  const connection = { host: '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) };
  const prefix = process.env.QUEUE_PREFIX ?? 'kill-test';
  const quiet = { log: () => undefined, error: () => undefined };
  const handlers = [outcomeNotificationHandler];
  const dispatcher = new ProjectionRunner({
    dataSource,
    store,
    projection: dispatchProjection(handlers, everyFactNotified),
    pollIntervalMs: 20,
    logger: quiet,
  });
  const queue = new Queue('events', { connection, prefix });
  const pump = new JobQueuePump({
    dataSource,
    queue,
    resendAfterMs: 3000,
    intervalMs: 20,
    logger: quiet,
  });
  const processor = new JobProcessor({
    dataSource,
    handlers,
    createWorker: (process) =>
      new Worker('events', process, {
        connection,
        prefix,
        concurrency: 4,
        lockDuration: 2000,
        stalledInterval: 1000,
      }),
    logger: quiet,
  });
  dispatcher.start();
  pump.start();
  processor.start();
  process.stdout.write('running\n');
  process.once('SIGTERM', () => {
    void Promise.all([dispatcher.stop(), pump.stop(), processor.stop()])
      .then(() => queue.close())
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
