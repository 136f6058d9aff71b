import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { EventStore } from '../../libs/event-store/src';
import { groupCommit } from '../event-store/bench-event';
import { startApi, type ApiProcess } from '../shared/api-process';
import { median, pgbenchRate, storeAppendRate } from '../shared/append-limits';
import { inScratchDatabase, runBenchmark } from '../shared/bench-database';
import { signIn } from '../shared/sign-in';
import {
  cpuMilliseconds,
  cpuMillisecondsIfAlive,
  residentMegabytes,
} from '../shared/process-usage';
import { loadAverages, runHeader } from '../shared/run-header';
import { commandCycle, commandsPerCycle, type CycleTokens } from './command-cycle';

/**
 * Commands over HTTP end to end (targets of docs/benchmarks.md): autocannon on loopback against
 * the compiled API in production mode with its worker, PostgreSQL and Redis, each request with its
 * own Idempotency-Key and a signed-in officer's token; beside it, in the same database and run,
 * the raw limits: pgbench's single-row INSERT and the event store's own appends, both at 16
 * writers. Samples of the three are interleaved and their medians printed. `--long` runs 5 × 30 s
 * instead of the default 3 × 10 s.
 */
const long = process.argv.includes('--long');
const samples = long ? 5 : 3;
const sampleSeconds = long ? 30 : 10;
const connections = 32;
const limitWriters = 16;
const limitSeconds = 5;
const warmUpSeconds = 3;

interface HttpSample {
  readonly commandsPerSecond: number;
  /** CPU milliseconds the API, the worker and PostgreSQL spent per successful command. */
  readonly cpuMs: CpuUse;
  readonly p50: number;
  readonly p99: number;
  readonly byStatus: ReadonlyMap<string, number>;
  readonly connectionErrors: number;
}

interface Medians {
  readonly http: HttpSample;
  readonly pgbench: number;
  readonly store: number;
  readonly all: {
    readonly http: HttpSample[];
    readonly pgbench: number[];
    readonly store: number[];
  };
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  await inScratchDatabase(async (url) => {
    const api = await startApi(url, { withWorker: true });
    const dataSource = new DataSource({ type: 'postgres', url, extra: { max: 20 } });
    await dataSource.initialize();
    const scratch = await mkdtemp(join(tmpdir(), 'pgbench-'));
    try {
      const tokens = {
        customs: await signIn(api, 'customs@demo.greenchain.test'),
        prosecutor: await signIn(api, 'prosecutor@demo.greenchain.test'),
      };
      const rates = {
        pgbench: await pgbenchRate(url, scratch, limitSeconds),
        store: storeAppendRate(new EventStore({ dataSource, groupCommit }), limitSeconds),
      };
      await commandRun(api, dataSource, tokens, warmUpSeconds);
      const all = { http: [] as HttpSample[], pgbench: [] as number[], store: [] as number[] };
      for (let sample = 0; sample < samples; sample += 1) {
        all.http.push(await commandRun(api, dataSource, tokens, sampleSeconds));
        all.pgbench.push(await rates.pgbench(limitWriters));
        all.store.push(await rates.store(limitWriters));
        console.warn(
          `sample ${sample + 1}: ${all.http.at(-1)?.commandsPerSecond.toFixed(0)} commands/s, pgbench ${all.pgbench.at(-1)?.toFixed(0)}/s, store ${all.store.at(-1)?.toFixed(0)}/s`,
        );
      }
      const memory = {
        api: residentMegabytes(api.pid),
        worker: api.workerPid === undefined ? 0 : residentMegabytes(api.workerPid),
      };
      printTable(
        {
          http: medianSample(all.http),
          pgbench: median(all.pgbench),
          store: median(all.store),
          all,
        },
        memory,
        loadAtStart,
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
      await dataSource.destroy();
      await api.stop();
    }
  });
}

async function commandRun(
  api: ApiProcess,
  database: DataSource,
  tokens: CycleTokens,
  seconds: number,
): Promise<HttpSample> {
  const cpuBefore = await cpuReading(api, database);
  const result = await autocannon({
    url: api.baseUrl,
    connections,
    duration: seconds,
    requests: commandCycle(tokens),
  });
  const byStatus = new Map(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [
      status,
      Number(count ?? 0),
    ]),
  );
  const succeeded = [...byStatus].reduce(
    (sum, [status, count]) => (status.startsWith('2') ? sum + count : sum),
    0,
  );
  const cpu = cpuSpent(cpuBefore, await cpuReading(api, database));
  return {
    commandsPerSecond: succeeded / result.duration,
    cpuMs: {
      api: cpu.api / succeeded,
      worker: cpu.worker / succeeded,
      postgres: cpu.postgres / succeeded,
    },
    p50: result.latency.p50,
    p99: result.latency.p99,
    byStatus,
    connectionErrors: result.errors,
  };
}

interface CpuUse {
  readonly api: number;
  readonly worker: number;
  readonly postgres: number;
}

interface CpuReading {
  readonly api: number;
  readonly worker: number;
  /** By backend process id. */
  readonly postgres: ReadonlyMap<number, number>;
}

/**
 * CPU milliseconds used so far by the API, the worker and each PostgreSQL backend serving this
 * database (the pooled connections of the API and the worker live through a run).
 */
async function cpuReading(api: ApiProcess, database: DataSource): Promise<CpuReading> {
  const backends = await database.query<{ pid: number }[]>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  const postgres = new Map<number, number>();
  for (const { pid } of backends) {
    const used = cpuMillisecondsIfAlive(pid);
    if (used !== undefined) postgres.set(pid, used);
  }
  return {
    api: cpuMilliseconds(api.pid),
    worker: api.workerPid === undefined ? 0 : cpuMilliseconds(api.workerPid),
    postgres,
  };
}

/**
 * What each spent between two readings. A backend ended before the second takes its time with it,
 * so the PostgreSQL figure is a lower bound (background processes such as the WAL writer are left out).
 */
function cpuSpent(before: CpuReading, after: CpuReading): CpuUse {
  let postgres = 0;
  for (const [pid, used] of after.postgres) postgres += used - (before.postgres.get(pid) ?? 0);
  return { api: after.api - before.api, worker: after.worker - before.worker, postgres };
}

/** The sample of median rate, so its latencies and errors are those of one real run. */
function medianSample(runs: readonly HttpSample[]): HttpSample {
  const sorted = [...runs].sort((a, b) => a.commandsPerSecond - b.commandsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no sample');
  return middle;
}

function printTable(
  { http, pgbench, store, all }: Medians,
  memory: { readonly api: number; readonly worker: number },
  loadAtStart: string,
): void {
  const rate = (n: number) => Math.round(n).toLocaleString('en-US');
  const share = (n: number) => `${((100 * n) / pgbench).toFixed(0)}%`;
  const statuses =
    [...http.byStatus]
      .filter(([status]) => !status.startsWith('2'))
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ') || 'none';
  const errors =
    http.connectionErrors > 0
      ? `${statuses}; connection errors: ${http.connectionErrors}`
      : statuses;
  const lines = [
    runHeader(loadAtStart),
    `Commands over HTTP: ${connections} connections on loopback, each through a case of ${commandsPerCycle} commands (seizure, item, party, referral, acceptance, charges), own Idempotency-Key each; API and worker in production mode on PostgreSQL and Redis. Median of ${samples} samples of ${sampleSeconds} s (latencies and errors of the median sample); limits at ${limitWriters} writers, ${limitSeconds} s each, interleaved with the samples.`,
    '',
    '| commands/s | p50 (ms) | p99 (ms) | target p99 | errors by status | CPU per command: API, worker, PostgreSQL (ms) | PostgreSQL limit: pgbench INSERT (tx/s) | event store append (events/s) | commands / pgbench (target >= 50%) | met |',
    '|---:|---:|---:|---:|---|---:|---:|---:|---:|---|',
    `| ${rate(http.commandsPerSecond)} | ${http.p50} | ${http.p99} | < 100 | ${errors} | ${http.cpuMs.api.toFixed(1)}, ${http.cpuMs.worker.toFixed(1)}, ${http.cpuMs.postgres.toFixed(1)} | ${rate(pgbench)} | ${rate(store)} | ${share(http.commandsPerSecond)} | ${http.commandsPerSecond >= pgbench / 2 && http.p99 < 100 ? 'yes' : '**no**'} |`,
    '',
    `Resident memory after the run: API ${memory.api.toFixed(0)} MB, worker ${memory.worker.toFixed(0)} MB (target < 300 MB each).`,
    `Samples: commands/s ${all.http.map((s) => rate(s.commandsPerSecond)).join(', ')}; p99 ${all.http.map((s) => s.p99).join(', ')} ms; pgbench ${all.pgbench.map(rate).join(', ')}; store ${all.store.map(rate).join(', ')}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runBenchmark(main);
