import { readFileSync } from 'node:fs';

/** Linux counts process CPU time in clock ticks of 10 ms (USER_HZ, 100 on every usual build). */
const msPerTick = 10;

/**
 * The CPU times of /proc/<pid>/stat in ticks: utime, stime, cutime, cstime. The command name
 * (field 2) may hold spaces; the fields after its closing parenthesis do not, and these are the
 * 12th to the 15th of them.
 */
function cpuTicks(pid: number): readonly number[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map(Number);
}

/**
 * CPU time a process has used so far, user and system, in milliseconds: sampled before and after
 * a run, it says how much of the machine's CPU that process spent on the run.
 */
export function cpuMilliseconds(pid: number): number {
  const [user = 0, system = 0] = cpuTicks(pid);
  return (user + system) * msPerTick;
}

/** The same for a process that may have ended meanwhile (a database backend): undefined then. */
export function cpuMillisecondsIfAlive(pid: number): number | undefined {
  try {
    return cpuMilliseconds(pid);
  } catch {
    return undefined;
  }
}

/**
 * A process's CPU time so far in seconds, with that of the children it has waited for (a helper
 * process it ran to completion).
 */
export function cpuSeconds(pid: number): number {
  return (cpuTicks(pid).reduce((sum, ticks) => sum + ticks, 0) * msPerTick) / 1000;
}

/** The process's resident memory now, in megabytes. */
export function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}
