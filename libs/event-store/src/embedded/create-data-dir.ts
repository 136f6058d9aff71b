import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Creates a new PGlite data directory (initdb) in a short-lived node process of its own. initdb
 * grows PGlite's WebAssembly memory to about 700 MB, and WebAssembly memory never shrinks: done in
 * the application's process, it stayed resident for the process's life. Opening the finished
 * directory afterwards costs about 300 MB. A directory that already holds a cluster is left alone.
 */
export async function createDataDirIfNew(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const script = `require(process.env.PGLITE_MODULE).PGlite.create({ dataDir: process.env.PGLITE_DATA_DIR })
    .then((db) => db.close())`;
  await run(process.execPath, ['-e', script], {
    env: {
      ...process.env,
      PGLITE_MODULE: require.resolve('@electric-sql/pglite'),
      PGLITE_DATA_DIR: dataDir,
    },
  });
}
