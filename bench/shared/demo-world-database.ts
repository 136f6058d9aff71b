import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { EventStore } from '@greenchain/event-store';
import { allProjections } from '@greenchain/read-models';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseUrl, serverUrl } from './bench-database';
import { benchMasterKey, benchSecrets } from './bench-secrets';
import { timeUntilCaughtUp, withRunners } from './projection-runners';

/** The compiled `npm run seed` next to this file once built (dist/bench/shared → dist/apps). */
const seedScript = join(__dirname, '../../apps/api/src/seed.js');

export interface DemoWorld {
  /** The database's name. */
  readonly name: string;
  readonly url: string;
  readonly cases: number;
  readonly events: number;
}

/**
 * The demo world of seed 1 at `cases` cases in its own database, kept between runs: seeding 100,000
 * cases takes minutes, and a second run of the same seed adds nothing. Its read models are brought
 * up to date by the worker's runners before any read is measured.
 */
export async function demoWorld(cases: number): Promise<DemoWorld> {
  const name = `gc_bench_world_${cases}`;
  const url = databaseUrl(name);
  await createIfMissing(name);
  if ((await casesIn(url)) < cases) {
    console.warn(`seeding the demo world (${cases} cases, seed 1) into ${name}`);
    await seed(url, cases);
  }
  console.warn('bringing its read models up to date');
  const events = await buildReadModels(url);
  return { name, url, cases, events };
}

async function createIfMissing(name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** The cases already written (none before the first seeding has migrated the database). */
async function casesIn(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Two statements: PostgreSQL resolves every table a statement names, even in a branch not taken.
    const { rows: tables } = await client.query<{ streams: string | null }>(
      `SELECT to_regclass('streams')::text AS streams`,
    );
    if (!tables[0]?.streams) return 0;
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM streams WHERE stream_type = 'case'`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/** `npm run seed` of the demo world (seed 1) at `cases` cases into `url`, in its own process. */
export function seed(url: string, cases: number): Promise<void> {
  const child = spawn(
    process.execPath,
    [seedScript, '--cases', String(cases), '--seed', '1', '--database-url', url],
    { env: { ...process.env, ...benchSecrets }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding exited with ${code}`)),
    );
  });
}

async function buildReadModels(url: string): Promise<number> {
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: 20 } });
  await dataSource.initialize();
  try {
    const store = new EventStore({ dataSource, masterKey: benchMasterKey() });
    await withRunners(dataSource, store, () => timeUntilCaughtUp(dataSource, allProjections));
    await dataSource.query('ANALYZE');
    const [row] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM events');
    return row?.n ?? 0;
  } finally {
    await dataSource.destroy();
  }
}
