import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { EventStore } from '../../libs/event-store/src';
import { eventData, eventMetadata, groupCommit, migratedDataSource } from './bench-event';
import { inScratchDatabase, runBenchmark } from '../shared/bench-database';
import { loadAverages, runHeader } from '../shared/run-header';

/**
 * CPU per single-event append, server and client apart: what decides the append rate once the two
 * shared cores are busy, and, unlike events/s, barely moved by other processes on the machine. The
 * server's share is the on-CPU time of the scratch database's backends (/proc/<pid>/schedstat, so the
 * server must run on this machine), the client's is this process's (process.cpuUsage). Same workload
 * as main.ts: each writer appends one event at a time to its own stream.
 */
const writerCounts = [1, 4, 16] as const;
const runs = 3;
const warmUpMs = 700;
const measureMs = 3000;

interface Sample {
  readonly eventsPerSecond: number;
  readonly serverMicros: number;
  readonly clientMicros: number;
  readonly backends: number;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  await inScratchDatabase(async (url) => {
    const dataSource = await migratedDataSource(url);
    try {
      const store = new EventStore({ dataSource, groupCommit });
      const database = new URL(url).pathname.slice(1);
      for (const writers of writerCounts) {
        for (let run = 0; run < runs; run += 1) {
          print(writers, await measure(store, dataSource, database, writers, `${writers}-${run}`));
        }
      }
    } finally {
      await dataSource.destroy();
    }
  });
  process.stdout.write(`${runHeader(loadAtStart)}\n`);
}

async function measure(
  store: EventStore,
  dataSource: DataSource,
  database: string,
  writers: number,
  round: string,
): Promise<Sample> {
  let running = true;
  let counted = 0;
  let counting = false;
  const loops = Array.from({ length: writers }, async (_, writer) => {
    let version = 0;
    while (running) {
      const result = await store.appendToStream(
        `cpu-${round}-${writer}`,
        [{ type: 'BenchEvent', data: eventData, metadata: eventMetadata }],
        { streamType: 'bench', expectedVersion: version },
      );
      version = result.streamVersion;
      if (counting) counted += 1;
    }
  });
  await sleep(warmUpMs);
  const backends = await backendPids(dataSource, database);
  const [server, client, started] = [onCpuNanos(backends), process.cpuUsage(), Date.now()];
  counting = true;
  await sleep(measureMs);
  counting = false;
  const serverNanos = onCpuNanos(backends) - server;
  const clientUsage = process.cpuUsage(client);
  const seconds = (Date.now() - started) / 1000;
  running = false;
  await Promise.all(loops);
  return {
    eventsPerSecond: counted / seconds,
    serverMicros: serverNanos / 1000 / counted,
    clientMicros: (clientUsage.user + clientUsage.system) / counted,
    backends: backends.length,
  };
}

/** Client backends of the scratch database: the pool's connections, the asking one included. */
async function backendPids(dataSource: DataSource, database: string): Promise<number[]> {
  const rows = await dataSource.query<{ pid: number }[]>(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = $1 AND backend_type = 'client backend'`,
    [database],
  );
  return rows.map((row) => row.pid);
}

function onCpuNanos(pids: readonly number[]): number {
  return pids.reduce((total, pid) => {
    const [runNanos] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ');
    return total + Number(runNanos);
  }, 0);
}

function print(writers: number, sample: Sample): void {
  process.stdout.write(
    `writers ${writers}: ${sample.eventsPerSecond.toFixed(0)} events/s, server ` +
      `${sample.serverMicros.toFixed(1)} µs/append (${sample.backends} backends), client ` +
      `${sample.clientMicros.toFixed(1)} µs/append\n`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

runBenchmark(main);
