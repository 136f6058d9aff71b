import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server a benchmark creates its scratch database on. */
export const serverUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A client on the database at `url` for the duration of `work`. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function runSql(url: string, sql: string): Promise<void> {
  await withClient(url, (client) => client.query(sql));
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs a benchmark in a fresh database, dropped afterwards. */
export async function inScratchDatabase(run: (url: string) => Promise<void>): Promise<void> {
  const name = `gc_bench_${randomBytes(4).toString('hex')}`;
  await runSql(serverUrl, `CREATE DATABASE ${name}`);
  try {
    await run(databaseUrl(name));
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
