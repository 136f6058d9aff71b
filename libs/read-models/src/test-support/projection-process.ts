import { EventStore } from '@greenchain/event-store';
import { DataSource } from 'typeorm';
import { allProjections } from '../projections';
import { ProjectionRunner } from '../runner/projection-runner';

/**
 * A worker reduced to its projection runners, as a process a test can kill -9. Reads
 * DATABASE_URL and BATCH_SIZE; prints "running" once every runner has started.
 */
async function main(): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await dataSource.initialize();
  const store = new EventStore({ dataSource });
  const runners = allProjections.map(
    (projection) =>
      new ProjectionRunner({
        dataSource,
        store,
        projection,
        batchSize: Number(process.env.BATCH_SIZE ?? 1000),
        pollIntervalMs: 20,
      }),
  );
  for (const runner of runners) runner.start();
  process.stdout.write('running\n');
  process.once('SIGTERM', () => {
    void Promise.all(runners.map((runner) => runner.stop()))
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
