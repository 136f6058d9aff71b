import { performance } from 'node:perf_hooks';
import { runBenchmark } from '../shared/bench-database';
import { cpuSeconds, residentMegabytes } from '../shared/process-usage';
import { loadAverages, runHeader } from '../shared/run-header';
import { appLoadMs, pgliteOpenMs } from './raw-limits';
import { coldStart } from './single-process';

/**
 * What a newcomer feels at `npm start` once the build is done (targets of docs/benchmarks.md): the
 * single process on the embedded database in a fresh DATA_DIR each run, timed until the console
 * answers with the demo world in every read model, its memory then, and its CPU once it has
 * settled; beside the parts it cannot beat: PGlite opening a new data directory, node loading the
 * built application, and the same start without the demo world.
 */
const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 3);
/**
 * After readiness the worker still runs the jobs the world's history implies. Idle is when that is
 * done: the first 5 s window under 5% of a core, looked for up to 3 minutes.
 */
const settleWindowMs = 5_000;
const settledBelowPercent = 5;
const settleWithinMs = 180_000;
const idleWindowMs = 30_000;

interface Run {
  readonly readyMs: number;
  /** From readiness to the first quiet window. */
  readonly settleMs: number;
  readonly cpuSeconds: number;
  readonly rssMb: number;
  readonly idleCpuPercent: number;
}

async function measuredRun(): Promise<Run> {
  const start = await coldStart({ demoWorld: true });
  try {
    const settleMs = await settled(start.pid);
    const idleCpuPercent = await cpuPercentOver(start.pid, idleWindowMs);
    const rssMb = Math.max(start.rssMb, residentMegabytes(start.pid));
    return { ...start, settleMs, idleCpuPercent, rssMb };
  } finally {
    await start.stop();
  }
}

async function cpuPercentOver(pid: number, windowMs: number): Promise<number> {
  const before = cpuSeconds(pid);
  await sleep(windowMs);
  return ((cpuSeconds(pid) - before) / (windowMs / 1000)) * 100;
}

async function settled(pid: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < settleWithinMs) {
    if ((await cpuPercentOver(pid, settleWindowMs)) < settledBelowPercent) break;
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  const measured: Run[] = [];
  for (let run = 1; run <= runs; run += 1) {
    console.warn(`cold start ${run} of ${runs}`);
    measured.push(await measuredRun());
  }
  console.warn('raw limits');
  const pglite = pgliteOpenMs();
  const appLoad = appLoadMs();
  const bare = await coldStart({ demoWorld: false });
  await bare.stop();
  printTable(
    measured,
    { pglite, appLoad, bareMs: bare.readyMs, bareCpu: bare.cpuSeconds },
    loadAtStart,
  );
}

interface Limits {
  readonly pglite: number;
  readonly appLoad: number;
  readonly bareMs: number;
  readonly bareCpu: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function printTable(measured: readonly Run[], limits: Limits, loadAtStart: string): void {
  const of = (pick: (run: Run) => number) => median(measured.map(pick));
  const all = (pick: (run: Run) => number, digits: number) =>
    measured.map((run) => pick(run).toFixed(digits)).join(', ');
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const met = (value: number, target: number) => (value < target ? 'yes' : '**no**');
  const ready = of((run) => run.readyMs);
  const rss = of((run) => run.rssMb);
  const idle = of((run) => run.idleCpuPercent);
  const lines = [
    runHeader(loadAtStart),
    `Cold \`npm start\` after the build: the single process on the embedded database, a fresh DATA_DIR each run, ready when /admin/ answers and readiness shows every read model caught up with the demo world (300 cases); median of ${measured.length} runs (each run in brackets). Idle CPU over ${idleWindowMs / 1000} s once the process has settled (the first ${settleWindowMs / 1000} s under ${settledBelowPercent}% of a core after readiness: the jobs the world's history implies are done).`,
    '',
    '| figure | median | runs | target | met | raw limit |',
    '|---|---:|---|---:|---|---|',
    `| cold start to a console that answers, demo world in (s) | ${seconds(ready)} | ${all((run) => run.readyMs / 1000, 1)} | < 20 | ${met(ready, 20_000)} | without the demo world ${seconds(limits.bareMs)} s; PGlite opening a new data directory ${seconds(limits.pglite)} s; node loading the built app ${seconds(limits.appLoad)} s |`,
    `| CPU used to get there (s) | ${of((run) => run.cpuSeconds).toFixed(1)} | ${all((run) => run.cpuSeconds, 1)} | | | ${limits.bareCpu.toFixed(1)} s without the demo world |`,
    `| resident memory after seeding, the higher of at readiness and after the idle window (MB) | ${rss.toFixed(0)} | ${all((run) => run.rssMb, 0)} | < 400 | ${met(rss, 400)} | |`,
    `| settling after readiness (s) | ${seconds(of((run) => run.settleMs))} | ${all((run) => run.settleMs / 1000, 0)} | | | |`,
    `| idle CPU (% of a core) | ${idle.toFixed(1)} | ${all((run) => run.idleCpuPercent, 1)} | < 2 | ${met(idle, 2)} | |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

runBenchmark(main);
