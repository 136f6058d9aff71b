import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { EventStore, initialCheckpoint, type Checkpoint } from '../../libs/event-store/src';
import { eventData, eventMetadata, groupCommit, migratedDataSource } from './bench-event';
import { inScratchDatabase, runBenchmark, runSql } from '../shared/bench-database';
import { machineLine } from '../shared/run-header';

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
  await inScratchDatabase(async (url) => printTable(await runAll(url)));
}

async function runAll(url: string): Promise<Results> {
  const dataSource = await migratedDataSource(url);
  const scratch = await mkdtemp(join(tmpdir(), 'pgbench-'));
  try {
    const rates = await measureInterleaved({
      pgbench: await pgbenchRate(url, scratch),
      ours: oursRate(new EventStore({ dataSource, groupCommit })),
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

/** pgbench with one INSERT per transaction into a table with the events table's columns and indexes. */
async function pgbenchRate(
  url: string,
  scratch: string,
): Promise<(writers: number) => Promise<number>> {
  await runSql(url, `CREATE TABLE bench_events (LIKE events INCLUDING ALL)`);
  const script = join(scratch, 'insert.sql');
  await writeFile(
    script,
    `INSERT INTO bench_events (stream_id, stream_type, stream_position, event_id, event_type,
       schema_version, data, metadata, prev_hash, hash)
     VALUES ('pgbench-' || gen_random_uuid(), 'bench', 1, gen_random_uuid(), 'BenchEvent', 1,
       '${JSON.stringify(eventData)}', '${JSON.stringify(eventMetadata)}', NULL,
       sha256(gen_random_uuid()::text::bytea));\n`,
  );
  const { hostname, port, username, pathname } = new URL(url);
  return async (writers) => {
    const { stdout } = await promisify(execFile)('/usr/bin/pgbench', [
      ...['-h', hostname, '-p', port || '5432', '-U', username, '-n', '-M', 'prepared'],
      ...['-f', script, '-c', String(writers), '-j', String(Math.min(writers, 2))],
      ...['-T', String(runSeconds), pathname.slice(1)],
    ]);
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no rate:\n${stdout}`);
    return Number(tps);
  };
}

/** Each writer appends single events to its own stream with the mandatory expected version. */
function oursRate(store: EventStore): (writers: number) => Promise<number> {
  let round = 0;
  return (writers) => {
    round += 1;
    return countFor(writers, (writer) => {
      const streamId = `bench-${round}-${writer}`;
      let version = 0;
      return async () => {
        const result = await store.appendToStream(
          streamId,
          [{ type: 'BenchEvent', data: eventData, metadata: eventMetadata }],
          { streamType: 'bench', expectedVersion: version },
        );
        version = result.streamVersion;
      };
    });
  };
}

async function emmettRate(url: string): Promise<(writers: number) => Promise<number>> {
  const pool = new Pool({ connectionString: url, max: 20 });
  const emmett = getPostgreSQLEventStore(url, { connectionOptions: { pooled: true, pool } });
  await emmett.schema.migrate();
  let round = 0;
  return (writers) => {
    round += 1;
    return countFor(writers, (writer) => {
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

/** Runs `writers` loops for runSeconds after a short warm-up and returns operations per second. */
async function countFor(
  writers: number,
  makeWriter: (writer: number) => () => Promise<void>,
): Promise<number> {
  const loops = Array.from({ length: writers }, (_, i) => makeWriter(i));
  const warmUpEnd = Date.now() + 500;
  let stopAt = Number.POSITIVE_INFINITY;
  let counted = 0;
  await Promise.all(
    loops.map(async (append) => {
      while (Date.now() < warmUpEnd) await append();
      stopAt = Math.min(stopAt, Date.now() + runSeconds * 1000);
      while (Date.now() < stopAt) {
        await append();
        counted += 1;
      }
    }),
  );
  return counted / runSeconds;
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function printTable({ pgbench, ours, emmett, catchUp }: Results): void {
  const rate = (n: number | undefined) => Math.round(n ?? 0).toLocaleString('en-US');
  const ratio = (a: number | undefined, b: number | undefined) =>
    a && b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a';
  const lines = [
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
    `${lines.join('\n')}\n\nGroup commit: ${groupCommit.batchesPerWave} batch(es) per wave.\nMachine: ${machineLine()}\n`,
  );
}

runBenchmark(main);
