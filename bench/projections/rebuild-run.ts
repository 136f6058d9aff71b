import { performance } from 'node:perf_hooks';
import type { EventStore } from '@greenchain/event-store';
import { physicalTableName, projectionLags, type Projection } from '@greenchain/read-models';
import type { DataSource } from 'typeorm';
import { averageEventsPerCase, caseAppends } from './case-histories';

/** Appends in flight while loading: enough to fill the store's group-commit batches. */
const loaders = 48;

export interface LoadResult {
  readonly events: number;
  readonly cases: number;
  readonly seconds: number;
}

/**
 * Loads at least `events` events through the store's group commit, each stream's history in one
 * append (an import would do the same), so the load is quick and the log is the one appends make.
 */
export async function loadCases(store: EventStore, events: number): Promise<LoadResult> {
  const cases = Math.ceil(events / averageEventsPerCase());
  const started = performance.now();
  let next = 0;
  let loaded = 0;
  const loader = async () => {
    for (let index = next++; index < cases; index = next++) {
      for (const stream of wholeStreams(index)) {
        await store.appendToStream(stream.streamId, stream.events, {
          streamType: stream.streamType,
          expectedVersion: 'no-stream',
        });
        loaded += stream.events.length;
      }
      if (index % 10_000 === 0) console.warn(`loaded ${loaded} events`);
    }
  };
  await Promise.all(Array.from({ length: loaders }, loader));
  return { events: loaded, cases, seconds: (performance.now() - started) / 1000 };
}

function wholeStreams(index: number) {
  const streams = new Map<string, ReturnType<typeof caseAppends>[number]>();
  for (const append of caseAppends('b0000000-0000-4000-8000', index)) {
    const known = streams.get(append.streamId);
    streams.set(
      append.streamId,
      known ? { ...known, events: [...known.events, ...append.events] } : append,
    );
  }
  return streams.values();
}

/**
 * Returns the read models to a fresh install's state: no tables, no status, no checkpoint. Started
 * runners then build each one from position 0, the same batches a rebuild runs into new tables.
 */
export async function forgetProjections(
  dataSource: DataSource,
  projections: readonly Projection[],
): Promise<void> {
  for (const status of await projectionLags(dataSource)) {
    const projection = projections.find((candidate) => candidate.name === status.name);
    for (const table of projection?.tables ?? []) {
      // CASCADE: the public view of the table goes with it.
      await dataSource.query(
        `DROP TABLE IF EXISTS ${physicalTableName(table.name, status.generation)} CASCADE`,
      );
    }
  }
  await dataSource.query(`DELETE FROM projection_status`);
  await dataSource.query(`DELETE FROM checkpoints WHERE subscription_id LIKE 'projection:%'`);
}

export interface WriteLimit {
  readonly rows: number;
  readonly seconds: number;
}

/**
 * The PostgreSQL limit of writing the read models: every table of the active generations copied
 * by INSERT ... SELECT into an empty table of the same shape and indexes, one statement per table.
 * Rows are written once, already computed: no reading of the log, no decoding, no folding.
 */
export async function readModelWriteLimit(
  dataSource: DataSource,
  projections: readonly Projection[],
): Promise<WriteLimit> {
  const statuses = await projectionLags(dataSource);
  let rows = 0;
  let seconds = 0;
  for (const projection of projections) {
    const generation = statuses.find((status) => status.name === projection.name)?.generation ?? 1;
    for (const table of projection.tables) {
      const source = physicalTableName(table.name, generation);
      // In the read models' schema, beside its source.
      const copy = physicalTableName(`limit_${table.name}`, generation);
      await dataSource.query(`CREATE TABLE ${copy} (LIKE ${source} INCLUDING ALL)`);
      const started = performance.now();
      await dataSource.query(`INSERT INTO ${copy} SELECT * FROM ${source}`);
      seconds += (performance.now() - started) / 1000;
      const [counted] = await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${copy}`,
      );
      rows += counted?.n ?? 0;
      await dataSource.query(`DROP TABLE ${copy}`);
    }
  }
  return { rows, seconds };
}

/**
 * The projection as its next version: a runner given it finds an older version active and rebuilds
 * it into new tables while the old ones keep serving, then switches, as after a deploy that changed
 * the projection.
 */
export function nextVersion(projection: Projection): Projection {
  return { ...projection, version: projection.version + 1 };
}

/** Waits until the projection's `version` is the active one, built and switched to. */
export async function timeUntilSwitched(
  dataSource: DataSource,
  projection: Projection,
  started = performance.now(),
): Promise<number> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [row] = await dataSource.query<
      { status: string; error: string | null; version: number; building: number | null }[]
    >(
      `SELECT status, error, version, building_generation AS building
         FROM projection_status WHERE name = $1`,
      [projection.name],
    );
    if (row?.status === 'failed') throw new Error(`${projection.name} failed: ${row.error}`);
    if (row?.version === projection.version && row.building === null && row.status === 'active') {
      return (performance.now() - started) / 1000;
    }
  }
}
