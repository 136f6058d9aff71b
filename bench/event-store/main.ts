import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { EventStore, initialCheckpoint, type Checkpoint } from '../../libs/event-store/src';
import { eventData, eventMetadata, groupCommit, migratedDataSource } from './bench-event';
import { countFor, median, pgbenchRate, storeAppendRate } from '../shared/append-limits';
import { inScratchDatabase, runBenchmark } from '../shared/bench-database';
import { loadAverages, runHeader } from '../shared/run-header';

/**
 * Event store benchmark (target P1 of docs/requirements.md): single-event appends/s beside
 * pgbench's single-row INSERT on an events-shaped table and beside Emmett, all on one fresh database
 * in the same run, then the catch-up read rate over 1,000,000 events. Medians of short runs, because
 * two noisy cores are shared by client and server.
 */
const writerCounts = [1, 4, 16] as const;
const runs = 5;
const runSeconds = 4;
const catchUpEvents = 1_000_000;
const catchUpBatch = 1_000;

interface Results {
  readonly pgbench: ReadonlyMap<number, number>;
  readonly ours: ReadonlyMap<number, number>;
  readonly emmett: ReadonlyMap<number, number>;
  readonly catchUp: number;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  await inScratchDatabase(async (url) => printTable(await runAll(url), loadAtStart));
}

async function runAll(url: string): Promise<Results> {
  const dataSource = await migratedDataSource(url);
  const scratch = await mkdtemp(join(tmpdir(), 'pgbench-'));
  try {
    const rates = await measureInterleaved({
      pgbench: await pgbenchRate(url, scratch, runSeconds),
      ours: storeAppendRate(new EventStore({ dataSource, groupCommit }), runSeconds),
      emmett: await emmettRate(url),
    });
    return { ...rates, catchUp: await catchUpRate(dataSource) };
  } finally {
    await dataSource.destroy();
    await rm(scratch, { recursive: true, force: true });
  }
}

type Contender = 'pgbench' | 'ours' | 'emmett';

/**
 * For each writer count, runs every contender `runs` times in turn and keeps each one's median.
 * Interleaving spreads the machine's noise (other processes share the two cores) over all contenders.
 */
async function measureInterleaved(
  rates: Record<Contender, (writers: number) => Promise<number>>,
): Promise<Record<Contender, Map<number, number>>> {
  const contenders = Object.keys(rates) as Contender[];
  const medians = { pgbench: new Map(), ours: new Map(), emmett: new Map() };
  for (const writers of writerCounts) {
    const samples = { pgbench: [] as number[], ours: [] as number[], emmett: [] as number[] };
    for (let run = 0; run < runs; run += 1) {
      for (const contender of contenders) samples[contender].push(await rates[contender](writers));
    }
    for (const contender of contenders) {
      medians[contender].set(writers, median(samples[contender]));
      const shown = samples[contender].map((sample) => sample.toFixed(0)).join(', ');
      console.warn(`${contender} x${writers}: ${shown} /s`);
    }
  }
  return medians;
}

async function emmettRate(url: string): Promise<(writers: number) => Promise<number>> {
  const pool = new Pool({ connectionString: url, max: 20 });
  const emmett = getPostgreSQLEventStore(url, { connectionOptions: { pooled: true, pool } });
  await emmett.schema.migrate();
  let round = 0;
  return (writers) => {
    round += 1;
    return countFor(writers, runSeconds, (writer) => {
      const streamId = `emmett-${round}-${writer}`;
      let version = 0n;
      return async () => {
        const result = await emmett.appendToStream(
          streamId,
          [{ type: 'BenchEvent', data: eventData, metadata: eventMetadata }],
          { expectedStreamVersion: version === 0n ? 'STREAM_DOES_NOT_EXIST' : version },
        );
        version = result.nextExpectedStreamVersion;
      };
    });
  };
}

/** Inserts 1M events set-based (bypassing appends: only reading is measured), then reads them all. */
async function catchUpRate(dataSource: DataSource): Promise<number> {
  const store = new EventStore({ dataSource });
  for (let done = 0; done < catchUpEvents; done += 100_000) {
    await dataSource.query(
      `INSERT INTO events (stream_id, stream_type, stream_position, event_id, event_type,
         schema_version, data, metadata, hash)
       SELECT 'catch-up-' || (i / 100), 'bench', 1 + i % 100, gen_random_uuid(), 'BenchEvent', 1,
              $2::jsonb, $3::jsonb, sha256(i::text::bytea)
         FROM generate_series($1::bigint, $1::bigint + 99999) AS i`,
      [done, JSON.stringify(eventData), JSON.stringify(eventMetadata)],
    );
  }
  await dataSource.query('VACUUM ANALYZE events');
  const started = process.hrtime.bigint();
  let after: Checkpoint = initialCheckpoint;
  let read = 0;
  for (;;) {
    const batch = await store.readAll({ after, limit: catchUpBatch });
    if (batch.events.length === 0) break;
    read += batch.events.length;
    after = batch.checkpoint;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.warn(`catch-up: ${read} events in ${seconds.toFixed(1)} s`);
  return read / seconds;
}

function printTable({ pgbench, ours, emmett, catchUp }: Results, loadAtStart: string): void {
  const rate = (n: number | undefined) => Math.round(n ?? 0).toLocaleString('en-US');
  const ratio = (a: number | undefined, b: number | undefined) =>
    a && b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a';
  const lines = [
    runHeader(loadAtStart),
    '',
    '| writers | PostgreSQL limit: pgbench INSERT (tx/s) | Greenchain append (events/s) | Greenchain / pgbench (target >= 80% at 16) | Emmett append (events/s) | Emmett / pgbench | Greenchain / Emmett (target > 100%) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...writerCounts.map((n) => {
      const [limit, our, their] = [pgbench.get(n), ours.get(n), emmett.get(n)];
      return `| ${n} | ${rate(limit)} | ${rate(our)} | ${ratio(our, limit)} | ${rate(their)} | ${ratio(their, limit)} | ${ratio(our, their)} |`;
    }),
    '',
    `Catch-up read through readAll (batches of ${catchUpBatch}, decoded): ${rate(catchUp)} events/s over ${rate(catchUpEvents)} events.`,
  ];
  process.stdout.write(
    `${lines.join('\n')}\n\nGroup commit: ${groupCommit.batchesPerWave} batch(es) per wave.\n`,
  );
}

runBenchmark(main);
