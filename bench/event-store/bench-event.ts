import { DataSource } from 'typeorm';
import { eventStoreMigrations } from '../../libs/event-store/src';

/** The event every append of the event store benchmarks writes, and pgbench inserts beside them. */
export const eventData = { note: 'benchmark event', quantityKg: 12.5, hsCode: '030192' };

export const eventMetadata = {
  actor: { userId: 'bench', role: 'customs' },
  occurredAt: '2026-11-28T09:00:00Z',
};

/** BENCH_BATCHES_PER_WAVE tries another group-commit split (GroupCommitOptions); default the store's. */
export const groupCommit = { batchesPerWave: Number(process.env.BENCH_BATCHES_PER_WAVE ?? 1) };

/** A data source on the scratch database with the event store's migrations run, pool of 20 as the API. */
export async function migratedDataSource(url: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: eventStoreMigrations,
    extra: { max: 20 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
