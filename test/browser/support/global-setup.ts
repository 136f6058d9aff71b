import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserRunVariable } from './chromium-processes';

/** Runs before the browser project's first test file, in the jest process that starts the workers. */
export default function globalSetup(): void {
  process.env[browserRunVariable] = mkdtempSync(join(tmpdir(), 'gc-browser-run-'));
}
