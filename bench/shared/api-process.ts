import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { runSql, serverUrl } from './bench-database';
import { benchSecrets } from './bench-secrets';

/** The compiled API and worker next to this file once built (dist/bench/shared → dist/apps). */
const apiScript = join(__dirname, '../../apps/api/src/main.js');
const workerScript = join(__dirname, '../../apps/worker/src/main.js');
const readyWithinMs = 120_000;

export interface ApiProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** The worker's process id, when one was started beside the API. */
  readonly workerPid?: number;
  stop(): Promise<void>;
}

export interface ApiOptions {
  /**
   * Also start the worker (projections, jobs), as a deployment runs them: for commands, whose
   * events it projects and whose jobs it takes while they are measured. Reads of an already built
   * world leave it out.
   */
  readonly withWorker?: boolean;
}

/**
 * The API (alone unless asked for the worker: readiness, which asks for a worker, is replaced by
 * liveness), in production mode, on a free loopback port, over the given database and the local
 * Redis under a queue prefix of its own. The demo users are created so the benchmark signs in as
 * real users; the request limit per user is lifted, since one client here is many users.
 */
export async function startApi(databaseUrl: string, options: ApiOptions = {}): Promise<ApiProcess> {
  const port = await freePort();
  await ensureRuntimeRole();
  const env = {
    ...process.env,
    ...benchSecrets,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: urlAs(databaseUrl, runtimeRole),
    MIGRATION_DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
    SEED_DEMO_DATA: 'true',
    RATE_LIMIT_USER_PER_MINUTE: '10000000',
    LOG_LEVEL: 'warn',
  };
  const started = (script: string) =>
    spawn(process.execPath, [...nodeArgs(), script], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const api = started(apiScript);
  const baseUrl = `http://127.0.0.1:${port}`;
  const children = [api];
  try {
    await untilAnswers(`${baseUrl}/health/live`, api);
    // After the API, which migrates the database the worker expects.
    if (options.withWorker) {
      const worker = started(workerScript);
      children.push(worker);
      await untilAnswers(`${baseUrl}/health/ready`, worker);
    }
  } catch (error) {
    for (const child of children) child.kill('SIGKILL');
    throw error;
  }
  return {
    baseUrl,
    pid: api.pid ?? 0,
    workerPid: children[1]?.pid,
    stop: async () => {
      await Promise.all(children.map(stopped));
    },
  };
}

/**
 * Flags for the API's and the worker's Node, from BENCH_NODE_ARGS (space-separated): e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/profiles` to profile them under the benchmark's load, which
 * NODE_OPTIONS does not allow.
 */
function nodeArgs(): string[] {
  return (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
}

/**
 * Production refuses to run as a superuser: the API connects as a login role that owns nothing,
 * made a member of the application's role by the start-up migration step, as the README sets up.
 */
const runtimeRole = 'gc_bench_runtime';

async function ensureRuntimeRole(): Promise<void> {
  await runSql(
    serverUrl,
    `DO $$ BEGIN CREATE ROLE ${runtimeRole} LOGIN;
     EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
  );
}

function urlAs(databaseUrl: string, user: string): string {
  const url = new URL(databaseUrl);
  url.username = user;
  return url.toString();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Until the URL answers 2xx, while the process it waits for runs. */
async function untilAnswers(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: its process exited with ${child.exitCode}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${readyWithinMs / 1000} s`);
}

/** Sends SIGTERM and resolves when the process has exited. */
export function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
