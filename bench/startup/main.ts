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
/** After readiness the worker still runs the jobs the world's history implies; then it is idle. */
const settleMs = Number(process.env.BENCH_STARTUP_SETTLE_MS ?? 20_000);
const idleWindowMs = 30_000;

interface Run {
  readonly readyMs: number;
  readonly cpuSeconds: number;
  readonly rssMb: number;
  readonly idleCpuPercent: number;
}

async function measuredRun(): Promise<Run> {
  const start = await coldStart({ demoWorld: true });
  try {
    await sleep(settleMs);
    const before = cpuSeconds(start.pid);
    await sleep(idleWindowMs);
    const idleCpuPercent = ((cpuSeconds(start.pid) - before) / (idleWindowMs / 1000)) * 100;
    return { ...start, idleCpuPercent, rssMb: Math.max(start.rssMb, residentMegabytes(start.pid)) };
  } finally {
    await start.stop();
  }
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
    `Cold \`npm start\` after the build: the single process on the embedded database, a fresh DATA_DIR each run, ready when /admin/ answers and readiness shows every read model caught up with the demo world (300 cases); median of ${measured.length} runs (each run in brackets). Idle CPU over ${idleWindowMs / 1000} s, ${settleMs / 1000} s after readiness.`,
    '',
    '| figure | median | runs | target | met | raw limit |',
    '|---|---:|---|---:|---|---|',
    `| cold start to a console that answers, demo world in (s) | ${seconds(ready)} | ${all((run) => run.readyMs / 1000, 1)} | < 20 | ${met(ready, 20_000)} | without the demo world ${seconds(limits.bareMs)} s; PGlite opening a new data directory ${seconds(limits.pglite)} s; node loading the built app ${seconds(limits.appLoad)} s |`,
    `| CPU used to get there (s) | ${of((run) => run.cpuSeconds).toFixed(1)} | ${all((run) => run.cpuSeconds, 1)} | | | ${limits.bareCpu.toFixed(1)} s without the demo world |`,
    `| resident memory after seeding, the higher of at readiness and after the idle window (MB) | ${rss.toFixed(0)} | ${all((run) => run.rssMb, 0)} | < 400 | ${met(rss, 400)} | |`,
    `| idle CPU (% of a core) | ${idle.toFixed(1)} | ${all((run) => run.idleCpuPercent, 1)} | < 2 | ${met(idle, 2)} | |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

runBenchmark(main);
