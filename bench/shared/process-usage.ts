import { readFileSync } from 'node:fs';

/** Linux counts process CPU time in clock ticks of 10 ms (USER_HZ, 100 on every usual build). */
const msPerTick = 10;

/**
 * CPU time a process has used so far, user and system, in milliseconds (from /proc): sampled before
 * and after a run, it says how much of the machine's CPU that process spent on the run.
 */
export function cpuMilliseconds(pid: number): number {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line: 12th and 13th after the name.
  return (Number(fields[11]) + Number(fields[12])) * msPerTick;
}

/** The same for a process that may have ended meanwhile (a database backend): undefined then. */
export function cpuMillisecondsIfAlive(pid: number): number | undefined {
  try {
    return cpuMilliseconds(pid);
  } catch {
    return undefined;
  }
}

/** The process's resident memory now, in megabytes. */
export function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}
