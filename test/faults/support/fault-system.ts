import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { EventStore } from '@greenchain/event-store';
import { OwnPostgresServer } from '@greenchain/read-models/test-support/own-postgres';
import { OwnRedisServer } from '@greenchain/read-models/test-support/redis-server';
import { isRunning, kill9 } from '@greenchain/read-models/test-support/child-process';
import { type TestDatabase } from '@greenchain/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { apiUrlOf, builtEntries, type BuiltProcess, startBuilt } from '../../support/built-process';
import { testEnvironment } from '../../support/test-app';

export interface RunningApi {
  readonly name: string;
  readonly process: BuiltProcess;
  readonly url: string;
}

/**
 * The whole built system on servers of the suite's own: a PostgreSQL cluster and a Redis it may
 * crash, flush and restart (own data directories, free ports on 127.0.0.1), and API and worker
 * processes started from `dist/` as production runs them. Every process it started is killed by
 * close(), whatever state the test left it in.
 */
export class FaultSystem {
  private readonly processes = new Map<string, BuiltProcess>();
  private readonly databases: TestDatabase[] = [];
  readonly masterKey = randomBytes(32);
  readonly env: NodeJS.ProcessEnv;

  private constructor(
    readonly postgres: OwnPostgresServer,
    readonly redis: OwnRedisServer,
    readonly database: TestDatabase,
  ) {
    this.env = {
      PATH: process.env.PATH,
      ...testEnvironment(database.url, {
        REDIS_URL: `redis://127.0.0.1:${redis.port}`,
        ENCRYPTION_MASTER_KEY: this.masterKey.toString('base64'),
        SEED_DEMO_DATA: 'true',
        LOG_LEVEL: 'warn',
        // The load generator's three users send far more than a person would.
        RATE_LIMIT_USER_PER_MINUTE: '1000000',
        // Small batches, so that a worker killed while catching up dies between two of them.
        PROJECTION_BATCH_SIZE: '10',
        // The long form outlasts the default 15 minutes of an access token.
        ACCESS_TOKEN_TTL_SECONDS: '3600',
      }),
    };
    this.databases.push(database);
  }

  static async start(): Promise<FaultSystem> {
    const postgres = await OwnPostgresServer.start();
    let redis: OwnRedisServer | undefined;
    try {
      redis = await OwnRedisServer.start();
      const database = await createDatabase(postgres, 'greenchain');
      return new FaultSystem(postgres, redis, database);
    } catch (error) {
      await redis?.stop();
      await postgres.stop();
      throw error;
    }
  }

  /** An event store on the system's database with the processes' master key. */
  storeOn(database: TestDatabase): EventStore {
    return new EventStore({ dataSource: database.dataSource, masterKey: this.masterKey });
  }

  /** A further database on the suite's cluster (a restore target), dropped by close(). */
  async createDatabase(name: string): Promise<TestDatabase> {
    const database = await createDatabase(this.postgres, name);
    this.databases.push(database);
    return database;
  }

  async startApi(name: string, timeoutMs: number): Promise<RunningApi> {
    const started = this.spawn(name, builtEntries.api);
    return { name, process: started, url: await apiUrlOf(started, timeoutMs) };
  }

  /** Starts a worker; its database sessions carry `name` as application_name (to tell leaders). */
  startWorker(name: string): BuiltProcess {
    return this.spawn(name, builtEntries.worker, { PGAPPNAME: name });
  }

  process(name: string): BuiltProcess {
    const found = this.processes.get(name);
    if (!found) throw new Error(`no process ${name}`);
    return found;
  }

  /** Sends a signal; answers how long the process took to exit and its exit code. */
  async signal(
    name: string,
    signal: NodeJS.Signals,
  ): Promise<{ exitMs: number; code: number | null }> {
    const { child } = this.process(name);
    this.processes.delete(name);
    if (!isRunning(child)) return { exitMs: 0, code: child.exitCode };
    const sent = Date.now();
    const exited = once(child, 'exit') as Promise<[number | null]>;
    child.kill(signal);
    const [code] = await exited;
    return { exitMs: Date.now() - sent, code };
  }

  async close(): Promise<void> {
    for (const started of this.processes.values()) await kill9(started.child);
    this.processes.clear();
    for (const database of this.databases) {
      if (database.dataSource.isInitialized) await database.dataSource.destroy();
    }
    await this.redis.stop();
    await this.postgres.stop();
  }

  private spawn(name: string, entry: string, extra: NodeJS.ProcessEnv = {}): BuiltProcess {
    if (this.processes.has(name)) throw new Error(`${name} is running already`);
    const started = startBuilt(entry, { ...this.env, ...extra });
    this.processes.set(name, started);
    return started;
  }
}

/**
 * An empty database on the suite's cluster and a connection to it that survives a server restart
 * (the pool reconnects); the processes migrate it when they start. Dropped with the cluster.
 */
async function createDatabase(postgres: OwnPostgresServer, name: string): Promise<TestDatabase> {
  const admin = new Client({ connectionString: postgres.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgres.url);
  url.pathname = `/${name}`;
  const dataSource = new DataSource({ type: 'postgres', url: url.toString(), extra: { max: 4 } });
  await dataSource.initialize();
  return {
    url: url.toString(),
    name,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
