import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

export interface CpuTime {
  readonly node: number;
  /** Null when the database's backends are not processes of this machine. */
  readonly postgres: number | null;
}

/**
 * CPU seconds spent by this process and by the PostgreSQL backends of the database while `work`
 * runs. Unlike wall time it barely moves with other processes' load, so it gives the cost per event.
 */
export async function measureCpu<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; cpu: CpuTime }> {
  const nodeBefore = process.cpuUsage();
  const backendsBefore = await backendTicks(dataSource);
  const result = await work();
  const node = process.cpuUsage(nodeBefore);
  const backendsAfter = await backendTicks(dataSource);
  let ticks: number | null = 0;
  for (const [pid, after] of backendsAfter) {
    if (after === null || ticks === null) ticks = null;
    else ticks += after - (backendsBefore.get(pid) ?? 0);
  }
  return {
    result,
    cpu: {
      node: (node.user + node.system) / 1e6,
      postgres: ticks === null ? null : ticks / ticksPerSecond,
    },
  };
}

async function backendTicks(dataSource: DataSource): Promise<Map<number, number | null>> {
  const rows = await dataSource.query<{ pid: number }[]>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
  );
  return new Map(rows.map((row) => [row.pid, processTicks(row.pid)]));
}

function processTicks(pid: number): number | null {
  try {
    // Fields after the command name: state is the 1st, utime the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}
