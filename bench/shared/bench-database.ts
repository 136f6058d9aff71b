import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadAverages } from './run-header';

/** The PostgreSQL server a benchmark creates its scratch database on. */
export const serverUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Runs a benchmark in a fresh database dropped afterwards, and prints the load average at both ends:
 * other processes share the two cores, and the load says how much of the machine the run had.
 */
export async function inScratchDatabase(run: (url: string) => Promise<void>): Promise<void> {
  const name = `gc_bench_${randomBytes(4).toString('hex')}`;
  await runSql(serverUrl, `CREATE DATABASE ${name}`);
  try {
    const loadBefore = loadAverages();
    await run(databaseUrl(name));
    process.stdout.write(
      `Load average (1, 5, 15 min): ${loadBefore} at start, ${loadAverages()} at end\n`,
    );
  } finally {
    await runSql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** A benchmark's entry point: failures print and set the exit code. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
