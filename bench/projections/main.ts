import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { DataSource } from 'typeorm';
import { EventStore, eventStoreMigrations } from '@greenchain/event-store';
import { allProjections, readModelMigrations } from '@greenchain/read-models';
import { inScratchDatabase, runBenchmark } from '../shared/bench-database';
import { loadAverages, runHeader } from '../shared/run-header';
import { timeUntilCaughtUp, withRunners, type BuildResult } from '../shared/projection-runners';
import { measureCpu, type CpuTime } from './cpu-time';
import { measureLag, type LagResult } from './lag-run';
import type { Percentiles } from '../shared/percentiles';
import {
  forgetProjections,
  loadCases,
  nextVersion,
  timeUntilSwitched,
  readModelWriteLimit,
  type LoadResult,
  type WriteLimit,
} from './rebuild-run';

/**
 * Projection benchmark (targets P3 and P4 of docs/requirements.md): lag of the worker's projection
 * runners under sustained appends, then the rate at which they build every read model over
 * 1,000,000 events, beside PostgreSQL's own rate of writing those read models' rows, all in one
 * fresh database.
 */
const lagSeconds = Number(process.env.BENCH_LAG_SECONDS ?? 45);
const appendsPerSecond = Number(process.env.BENCH_LAG_APPENDS_PER_SECOND ?? 400);
const rebuildEvents = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
/** `BENCH_REBUILD_EACH=0` leaves out the rebuild of each projection alone (a shorter run). */
const rebuildEachToo = process.env.BENCH_REBUILD_EACH !== '0';
/** One projection rebuilt alone, as after a deploy that changed it. */
interface RebuildResult {
  readonly name: string;
  readonly seconds: number;
  readonly cpu: CpuTime;
}

interface Results {
  readonly lag: LagResult;
  readonly load: LoadResult;
  readonly build: BuildResult;
  readonly cpu: CpuTime;
  readonly rebuilds: readonly RebuildResult[];
  readonly limit: WriteLimit;
  readonly eventsInLog: number;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  await inScratchDatabase(async (url) => printTables(await runAll(url), loadAtStart));
}

async function runAll(url: string): Promise<Results> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: [...eventStoreMigrations, ...readModelMigrations],
    extra: { max: 20 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const store = new EventStore({ dataSource, masterKey: randomBytes(32) });
  const names = allProjections.map((projection) => projection.name);
  try {
    const lag = await withRunners(dataSource, store, async () => {
      await timeUntilCaughtUp(dataSource, allProjections);
      console.warn(`lag: ${appendsPerSecond} appends/s for ${lagSeconds} s`);
      return measureLag(
        {
          dataSource,
          store,
          appendsPerSecond,
          seconds: lagSeconds,
          warmUpSeconds: 5,
          monitorIntervalMs: 10,
        },
        names,
      );
    });
    console.warn(`loading ${rebuildEvents} events`);
    const load = await loadCases(store, rebuildEvents);
    await dataSource.query('VACUUM ANALYZE events');
    const eventsInLog = await countEvents(dataSource);
    await forgetProjections(dataSource, allProjections);
    console.warn('building every read model from zero');
    const { result: build, cpu } = await measureCpu(dataSource, () =>
      withRunners(dataSource, store, () => timeUntilCaughtUp(dataSource, allProjections)),
    );
    const rebuilds = rebuildEachToo ? await rebuildEach(dataSource, store) : [];
    const limit = await readModelWriteLimit(dataSource, allProjections);
    return { lag, load, build, cpu, rebuilds, limit, eventsInLog };
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Each projection in turn at its next version: its runner rebuilds it from position 0 into new
 * tables while the active ones keep serving, then switches. Only that runner runs: the others,
 * caught up, would only poll.
 */
async function rebuildEach(dataSource: DataSource, store: EventStore): Promise<RebuildResult[]> {
  const results: RebuildResult[] = [];
  for (const projection of allProjections) {
    console.warn(`rebuilding ${projection.name}`);
    const next = nextVersion(projection);
    const { result: seconds, cpu } = await measureCpu(dataSource, () =>
      withRunners(dataSource, store, () => timeUntilSwitched(dataSource, next), [next]),
    );
    results.push({ name: projection.name, seconds, cpu });
  }
  return results;
}

async function countEvents(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM events`);
  return row?.n ?? 0;
}

function printTables(
  { lag, load, build, cpu, rebuilds, limit, eventsInLog }: Results,
  loadAtStart: string,
): void {
  const ms = (value: number) => value.toFixed(0);
  const rate = (value: number) => Math.round(value).toLocaleString('en-US');
  const lagRow = (name: string, p: Percentiles | undefined) =>
    p
      ? `| ${name} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(p.max)} | ${rate(p.count)} |`
      : '';
  const byProjection = [...lag.byProjection.entries()].sort(([a], [b]) => a.localeCompare(b));
  const limitRate = eventsInLog / limit.seconds;
  const buildRate = eventsInLog / build.seconds;
  const lines = [
    `Projection lag under sustained writes: ${rate(lag.appendsPerSecond)} appends/s (${rate(lag.eventsPerSecond)} events/s) for ${lagSeconds} s, first 5 s left out; append latency p50 ${ms(lag.appendLatency.p50)} ms, p99 ${ms(lag.appendLatency.p99)} ms`,
    '',
    '| lag until (ms) | p50 | p95 | p99 (target < 250 for all) | max | events |',
    '|---|---:|---:|---:|---:|---:|',
    lagRow('**every read model**', lag.all),
    ...byProjection.map(([name, p]) => lagRow(name, p)),
    '',
    `Build from zero over ${rate(eventsInLog)} events (${rate(load.events)} loaded as ${rate(load.cases)} cases in ${load.seconds.toFixed(0)} s = ${rate(load.events / load.seconds)} events/s through group commit), all ${allProjections.length} projections at once:`,
    '',
    '| build | seconds | events/s | target >= 20,000 | of the PostgreSQL limit |',
    '|---|---:|---:|---|---:|',
    `| **every read model, from position 0 into empty tables** | ${build.seconds.toFixed(1)} | ${rate(buildRate)} | ${pass(buildRate >= 20_000)} | ${((100 * buildRate) / limitRate).toFixed(0)}% |`,
    `| PostgreSQL limit: INSERT ... SELECT of the built rows (${rate(limit.rows)} rows) | ${limit.seconds.toFixed(1)} | ${rate(limitRate)} | | 100% |`,
    '',
    cpuLine(cpu, eventsInLog),
    '',
    '| projection | done at (s) | its events/s |',
    '|---|---:|---:|',
    ...[...build.byProjection.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, seconds]) => `| ${name} | ${seconds.toFixed(1)} | ${rate(eventsInLog / seconds)} |`,
      ),
    '',
    `Rebuild of one projection at its next version over the same ${rate(eventsInLog)} events: into new tables while the old ones serve, then the switch:`,
    '',
    '| rebuild | seconds | events/s | target >= 20,000 | CPU per event (Node + PostgreSQL) |',
    '|---|---:|---:|---|---:|',
    ...rebuilds.map(({ name, seconds, cpu: used }) => {
      const rebuildRate = eventsInLog / seconds;
      return `| ${name} | ${seconds.toFixed(1)} | ${rate(rebuildRate)} | ${pass(rebuildRate >= 20_000)} | ${cpuPerEvent(used, eventsInLog)} |`;
    }),
  ];
  process.stdout.write(`${runHeader(loadAtStart)}\n\n${lines.join('\n')}\n`);
}

/** The build's cost, which other processes' load barely changes, and what it allows on two idle cores. */
function cpuLine(cpu: CpuTime, events: number): string {
  const total = cpu.node + (cpu.postgres ?? 0);
  const perEvent = (seconds: number) => `${((1e6 * seconds) / events).toFixed(0)} µs`;
  const postgres = cpu.postgres === null ? 'n/a (remote server)' : perEvent(cpu.postgres);
  const idleRate = Math.round((cpus().length * events) / total).toLocaleString('en-US');
  return `CPU per event, all projections together: Node ${perEvent(cpu.node)}, PostgreSQL ${postgres}; on ${cpus().length} idle cores that would allow at most ${idleRate} events/s.`;
}

function cpuPerEvent(cpu: CpuTime, events: number): string {
  const micros = (seconds: number) => ((1e6 * seconds) / events).toFixed(0);
  return `${micros(cpu.node)} + ${cpu.postgres === null ? 'n/a' : micros(cpu.postgres)} µs`;
}

function pass(met: boolean): string {
  return met ? 'met' : '**missed**';
}

runBenchmark(main);
