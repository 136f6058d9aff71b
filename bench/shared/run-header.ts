import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** The 1-, 5- and 15-minute load averages: how much of the machine a run had. */
export function loadAverages(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} x ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`;
}

function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: __dirname,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Read when the run starts: the checkout may move on while a long run measures. */
const commit = currentCommit();

/** The line above a benchmark's table: when, on what code and machine, under what load. */
export function runHeader(loadAtStart: string): string {
  return (
    `Date ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}, ` +
    `${machineLine()}; load average (1, 5, 15 min) ${loadAtStart} at start, ${loadAverages()} at end`
  );
}
