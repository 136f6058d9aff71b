import { DatabaseError } from 'pg';
import { databaseUrl, runSql, serverUrl, withClient } from './bench-database';
import type { DemoWorld } from './demo-world-database';
import { analyticsReadModels, repeatReadModels } from './repeated-read-models';

/** A copy of a demo world whose analytics read models hold `scale` times its cases. */
export interface AnalyticsWorld {
  readonly url: string;
  /** The cases the analytics read: the source's, `scale` times. */
  readonly cases: number;
  readonly scale: number;
  /** What the world is, for the table that reports it. */
  readonly description: string;
}

/** How long a copy waits for the last session on the source world to leave. */
const copyWithinMs = 120_000;

/**
 * The demo world's analytics read models repeated `scale` times, in a database of its own kept
 * between runs (building it takes minutes): seeding that many cases through the event store would
 * take hours here. The copy keeps the source's event log and checkpoints, which say the read models
 * are at the log's end, so nothing rebuilds them; its rows are the source's with distinct ids,
 * the same distribution at `scale` times the size. The database's comment says what it was made
 * from and is written last: a copy of other read models, or one cut short, is made again.
 */
export async function analyticsWorld(source: DemoWorld, scale: number): Promise<AnalyticsWorld> {
  const cases = source.cases * scale;
  const name = `gc_bench_world_${cases}_analytics`;
  const description =
    `the ${source.cases.toLocaleString('en-US')}-case world's analytics read models ` +
    `(${analyticsReadModels.join(', ')}) repeated ${scale} times with distinct ids, ` +
    `beside that world's own event log: not a log seeded at this size`;
  const url = databaseUrl(name);
  const made = `${description}; projections ${await projectionVersions(source.url)}`;
  if ((await commentOn(name)) !== made) {
    console.warn(`copying ${source.name} into ${name}`);
    await copyOf(source.name, name);
    await repeatReadModels(url, scale);
    await withClient(serverUrl, (client) =>
      client.query(`COMMENT ON DATABASE ${name} IS ${client.escapeLiteral(made)}`),
    );
  }
  return { url, cases, scale, description };
}

/**
 * Each projection's version and generation in the source: a new version rebuilds the source's read
 * models (sign-ins and other events that leave the analytics as they are do not), and the copy
 * must follow.
 */
async function projectionVersions(url: string): Promise<string> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ versions: string }>(
      `SELECT string_agg(format('%s v%s g%s', name, version, generation), ', ' ORDER BY name)
                AS versions FROM projection_status`,
    ),
  );
  return rows[0]?.versions ?? '';
}

async function commentOn(name: string): Promise<string | null> {
  const { rows } = await withClient(serverUrl, (client) =>
    client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    ),
  );
  return rows[0]?.comment ?? null;
}

/** A fresh template copy; PostgreSQL refuses while anyone is connected to the source, so it waits. */
async function copyOf(source: string, name: string): Promise<void> {
  await runSql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const deadline = Date.now() + copyWithinMs;
  for (;;) {
    try {
      await runSql(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${source}`);
      return;
    } catch (error) {
      const sourceInUse = error instanceof DatabaseError && error.code === '55006';
      if (!sourceInUse || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}
