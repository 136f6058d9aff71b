import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const built = join(__dirname, '../..');

/** Wall time of a fresh node running `script` to its end, from the repository root. */
function timedNode(script: string, env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: join(built, '..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`node -e exited with ${result.status}`);
  return performance.now() - started;
}

/** PGlite alone: a fresh node opening (initdb) a new data directory and closing it. */
export function pgliteOpenMs(): number {
  const dataDir = mkdtempSync(join(tmpdir(), 'gc-bench-pglite-'));
  try {
    return timedNode(
      `require('@electric-sql/pglite').PGlite.create({ dataDir: process.env.PGLITE_DIR })
         .then((db) => db.close())`,
      { PGLITE_DIR: dataDir },
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Node loading the built application's modules (API and worker), starting nothing. */
export function appLoadMs(): number {
  const modules = ['apps/api/src/api.module.js', 'apps/worker/src/worker.module.js'];
  return timedNode(
    `require('reflect-metadata'); ${modules.map((path) => `require(${JSON.stringify(join(built, path))});`).join(' ')}`,
  );
}
