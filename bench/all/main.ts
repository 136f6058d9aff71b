import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runBenchmark } from '../shared/bench-database';
import { loadAverages, runHeader } from '../shared/run-header';

/**
 * `npm run bench`: every benchmark in turn, each in a process of its own so one's memory and
 * connections do not weigh on the next. A failing benchmark does not stop the others (a long run
 * should still print every table it can); the run fails at the end if any did. The reads benchmark
 * seeds the 100,000-case world the console then uses; the import, which seeds it again into a
 * fresh database, is the longest and comes last.
 */
const benchmarks = [
  'event-store',
  'projections',
  'http',
  'startup',
  'reads',
  'console',
  'import-queues',
] as const;

interface Outcome {
  readonly name: string;
  readonly exitCode: number;
  readonly minutes: number;
}

function run(name: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(__dirname, '..', name, 'main.js')], {
    stdio: 'inherit',
  });
  return new Promise((resolve) => {
    const done = (exitCode: number) =>
      resolve({ name, exitCode, minutes: (performance.now() - started) / 60_000 });
    child.on('error', () => done(1));
    child.on('exit', (code) => done(code ?? 1));
  });
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  const outcomes: Outcome[] = [];
  for (const name of benchmarks) {
    process.stdout.write(`\n## ${name}\n\n`);
    outcomes.push(await run(name));
  }
  process.stdout.write(
    [
      '',
      '## Summary',
      '',
      runHeader(loadAtStart),
      '',
      '| benchmark | minutes | result |',
      '|---|---:|---|',
      ...outcomes.map(
        ({ name, exitCode, minutes }) =>
          `| ${name} | ${minutes.toFixed(1)} | ${exitCode === 0 ? 'printed its table' : `**failed** (exit ${exitCode})`} |`,
      ),
      '',
    ].join('\n'),
  );
  if (outcomes.some(({ exitCode }) => exitCode !== 0)) process.exitCode = 1;
}

runBenchmark(main);
