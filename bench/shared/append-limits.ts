import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EventStore } from '../../libs/event-store/src';
import { eventData, eventMetadata } from '../event-store/bench-event';
import { runSql } from './bench-database';

/** A rate under test: operations per second with `writers` concurrent writers. */
export type Rate = (writers: number) => Promise<number>;

/**
 * pgbench with one INSERT per transaction into a table with the events table's columns and
 * indexes: the most single-event transactions PostgreSQL commits here, whatever the application.
 * The database must hold the event store's tables; the script is written into `scratch`.
 */
export async function pgbenchRate(url: string, scratch: string, seconds: number): Promise<Rate> {
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
      ...['-T', String(seconds), pathname.slice(1)],
    ]);
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no rate:\n${stdout}`);
    return Number(tps);
  };
}

/** Each writer appends single events to its own stream with the mandatory expected version. */
export function storeAppendRate(store: EventStore, seconds: number): Rate {
  let round = 0;
  return (writers) => {
    round += 1;
    return countFor(writers, seconds, (writer) => {
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

/** Runs `writers` loops for `seconds` after a short warm-up and returns operations per second. */
export async function countFor(
  writers: number,
  seconds: number,
  makeWriter: (writer: number) => () => Promise<void>,
): Promise<number> {
  const loops = Array.from({ length: writers }, (_, i) => makeWriter(i));
  const warmUpEnd = Date.now() + 500;
  let stopAt = Number.POSITIVE_INFINITY;
  let counted = 0;
  await Promise.all(
    loops.map(async (append) => {
      while (Date.now() < warmUpEnd) await append();
      stopAt = Math.min(stopAt, Date.now() + seconds * 1000);
      while (Date.now() < stopAt) {
        await append();
        counted += 1;
      }
    }),
  );
  return counted / seconds;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
