import { rmSync } from 'node:fs';
import { browserRunVariable, chromiumsUsing, killChromiums } from './chromium-processes';

/**
 * After the browser project, on success or failure: a Chromium a failed suite left running would
 * keep jest (and CI) waiting until its time limit. Kills those of this run only, by their profile.
 */
export default function globalTeardown(): void {
  const folder = process.env[browserRunVariable];
  if (!folder) return;
  const killed = killChromiums(chromiumsUsing(folder));
  if (killed.length > 0) {
    process.stderr.write(`browser tests left ${killed.length} Chromium processes; killed them\n`);
  }
  rmSync(folder, { recursive: true, force: true });
}
