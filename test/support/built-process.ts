import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expectEventually } from '@greenchain/testing';

const root = join(__dirname, '../..');

/** The built entry points (`npm run build:server`) that production runs as separate processes. */
export const builtEntries = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
} as const;

/** Output kept per process: enough for the start-up banner and the last errors before a failure. */
const keptOutput = 64 * 1024;

export interface BuiltProcess {
  readonly child: ChildProcess;
  /** What the process wrote to stdout and stderr (the last 64 KiB). */
  readonly output: () => string;
}

/** Starts a built entry point with exactly the given environment. */
export function startBuilt(entry: string, env: NodeJS.ProcessEnv): BuiltProcess {
  const child = spawn(process.execPath, [join(root, entry)], { cwd: root, env });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-keptOutput);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

/** The API's base URL, read from the banner it prints once it listens. */
export function apiUrlOf(api: BuiltProcess, timeoutMs = 60_000): Promise<string> {
  return expectEventually(
    () => {
      if (api.child.exitCode !== null || api.child.signalCode !== null)
        throw new Error(`API exited before listening:\n${api.output()}`);
      const match = /API: +(http:\/\/[^/\s]+)\/api\/docs/.exec(api.output());
      if (!match?.[1]) throw new Error(`API not started:\n${api.output()}`);
      return match[1];
    },
    { timeoutMs, intervalMs: 100 },
  );
}
