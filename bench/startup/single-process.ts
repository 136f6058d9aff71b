import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, stopped } from '../shared/api-process';
import { cpuSeconds, residentMegabytes } from '../shared/process-usage';

/** The compiled single-process entry (`npm start`) next to this file once built. */
const singleScript = join(__dirname, '../../apps/api/src/single-process.main.js');
const readyWithinMs = 180_000;

export interface ColdStart {
  /** From spawning node to the console answering with every read model caught up. */
  readonly readyMs: number;
  /** CPU the process used to get there (user + system), robust to a loaded machine. */
  readonly cpuSeconds: number;
  readonly rssMb: number;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * `npm start` as a newcomer runs it after the build: the single process on the embedded database,
 * in a fresh DATA_DIR (removed on stop), with or without its demo world.
 */
export async function coldStart(options: { readonly demoWorld: boolean }): Promise<ColdStart> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gc-bench-start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [singleScript], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO_DATA: String(options.demoWorld),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    await stopped(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await untilServing(`http://127.0.0.1:${port}`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  const pid = child.pid ?? 0;
  return {
    readyMs: performance.now() - started,
    cpuSeconds: cpuSeconds(pid),
    rssMb: residentMegabytes(pid),
    pid,
    stop,
  };
}

/** The console's page answers and readiness reports every projection with nothing left to apply. */
async function untilServing(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    if ((await answers(`${baseUrl}/admin/`)) && (await caughtUp(baseUrl))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`npm start did not serve within ${readyWithinMs / 1000} s`);
}

function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    (response) => response.ok,
    () => false,
  );
}

interface Readiness {
  readonly status?: string;
  readonly details?: { projections?: Record<string, { behindEvents?: number } | string> };
}

async function caughtUp(baseUrl: string): Promise<boolean> {
  const body = (await fetch(`${baseUrl}/health/ready`).then(
    (response) => response.json(),
    () => ({}),
  )) as Readiness;
  const projections = Object.values(body.details?.projections ?? {});
  return (
    body.status === 'ok' &&
    projections.length > 0 &&
    projections.every((lag) => typeof lag !== 'object' || (lag.behindEvents ?? 0) === 0)
  );
}
