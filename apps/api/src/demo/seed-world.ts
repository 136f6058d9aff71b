import {
  generateWorld,
  writeWorld,
  type GeneratedCase,
  type WriteMode,
  type WriteSummary,
} from '@greenchain/demo-world';
import { type EventStore } from '@greenchain/event-store';
import { type DataSource } from 'typeorm';
import { seedWorldUsers } from './world-users';

export interface SeedWorldOptions {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly seed: number;
  readonly cases: number;
  readonly mode: WriteMode;
  readonly concurrency: number;
  readonly onCase?: (generated: GeneratedCase, eventsAdded: number) => void;
  readonly shouldStop?: () => boolean;
}

/**
 * The demo world in a database: its officers as users, then its cases through the deciders and the
 * event store, personal values encrypted as the API encrypts them. Read models follow from the log
 * through the worker's projections, as for any other command.
 */
export async function seedWorld(options: SeedWorldOptions): Promise<WriteSummary> {
  await seedWorldUsers(options.dataSource);
  return writeWorld(generateWorld({ seed: options.seed, cases: options.cases }), {
    store: options.store,
    mode: options.mode,
    concurrency: options.concurrency,
    onCase: options.onCase,
    shouldStop: options.shouldStop,
    existingStreams: (streamIds) => existingStreams(options.dataSource, streamIds),
  });
}

async function existingStreams(
  dataSource: DataSource,
  streamIds: readonly string[],
): Promise<ReadonlySet<string>> {
  const rows = await dataSource.query<{ stream_id: string }[]>(
    'SELECT stream_id FROM streams WHERE stream_id = ANY($1::text[])',
    [streamIds],
  );
  return new Set(rows.map((row) => row.stream_id));
}
