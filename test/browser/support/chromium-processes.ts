import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where a browser run keeps its Chromium profiles: set by the browser project's global setup, so
 * every profile of the run (in any jest worker) sits below one folder that is the run's own.
 */
export const browserRunVariable = 'GREENCHAIN_BROWSER_RUN_DIR';

/**
 * The processes whose command line names a profile below `folder` (`--user-data-dir=<folder>/…`):
 * exactly the Chromiums a run started, never one another run or a person started.
 */
export function chromiumsUsing(folder: string): number[] {
  const marker = `--user-data-dir=${folder}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => commandLine(pid).some((argument) => argument.startsWith(marker)))
    .map(Number);
}

/**
 * SIGKILL to each process and to the process group it leads: Playwright starts Chromium as a
 * group leader, so its zygote and renderers go with it. Returns the processes it found alive.
 */
export function killChromiums(pids: readonly number[]): number[] {
  return pids.filter((pid) => {
    const signalled = [-pid, pid].map((target) => {
      try {
        process.kill(target, 'SIGKILL');
        return true;
      } catch {
        return false; // gone already, or not a group leader
      }
    });
    return signalled.includes(true);
  });
}

function commandLine(pid: string): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return []; // exited while the list was read
  }
}
