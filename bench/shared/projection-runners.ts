import { performance } from 'node:perf_hooks';
import type { EventStore } from '@greenchain/event-store';
import {
  allProjections,
  ProjectionRunner,
  type Projection,
  SharedBatchReads,
  StreamSnapshots,
  StreamStates,
} from '@greenchain/read-models';
import type { DataSource } from 'typeorm';
import { environmentSchema } from '../../libs/platform/src/config/config.schema';

const defaults = environmentSchema.parse({});
/** The worker's settings at their defaults, so the runners here behave as in production. */
export const runnerSettings = {
  pollIntervalMs: defaults.PROJECTION_POLL_INTERVAL_MS,
  batchSize: defaults.PROJECTION_BATCH_SIZE,
  durableCommits: false,
};
const snapshotStreams = defaults.PROJECTION_FOLD_CACHE_STREAMS;

/** The worker's runners, one per projection, for the duration of `work`. */
export async function withRunners<T>(
  dataSource: DataSource,
  store: EventStore,
  work: () => Promise<T>,
  projections: readonly Projection[] = allProjections,
): Promise<T> {
  const sharedReads = new SharedBatchReads(store);
  const streamStates = new StreamStates(store, new StreamSnapshots(snapshotStreams));
  const runners = projections.map(
    (projection) =>
      new ProjectionRunner({
        dataSource,
        store,
        projection,
        sharedReads,
        streamStates,
        ...runnerSettings,
      }),
  );
  for (const runner of runners) runner.start();
  try {
    return await work();
  } finally {
    await Promise.all(runners.map((runner) => runner.stop()));
  }
}

export interface BuildResult {
  readonly seconds: number;
  /** When each projection was done, from the start. */
  readonly byProjection: ReadonlyMap<string, number>;
}

/**
 * Waits until every projection is active, not rebuilding, with nothing committed after its
 * checkpoint, and notes when each one got there. The runners are the caller's; this only watches,
 * with one cheap statement a poll (projectionLags counts events behind, too costly to poll here).
 */
export async function timeUntilCaughtUp(
  dataSource: DataSource,
  projections: readonly Projection[],
  started = performance.now(),
): Promise<BuildResult> {
  const done = new Map<string, number>();
  while (done.size < projections.length) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const row of await caughtUpStates(dataSource)) {
      if (row.status === 'failed') throw new Error(`${row.name} failed: ${row.error}`);
      if (row.caught_up && !done.has(row.name)) {
        done.set(row.name, (performance.now() - started) / 1000);
      }
    }
  }
  return { seconds: Math.max(...done.values()), byProjection: done };
}

function caughtUpStates(dataSource: DataSource) {
  return dataSource.query<
    { name: string; status: string; error: string | null; caught_up: boolean }[]
  >(
    `SELECT s.name, s.status, s.error,
            s.status = 'active' AND s.building_generation IS NULL
            AND (SELECT e.global_position FROM events e
                  WHERE (e.transaction_id, e.global_position)
                        > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.global_position, 0))
                  ORDER BY e.transaction_id, e.global_position
                  LIMIT 1) IS NULL
              AS caught_up
       FROM projection_status s
       LEFT JOIN checkpoints c ON c.subscription_id = 'projection:' || s.name || ':g' || s.generation`,
  );
}
