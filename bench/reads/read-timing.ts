import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import type { ApiProcess } from '../shared/api-process';
import { percentile, type Percentiles } from '../shared/percentiles';
import { signIn } from '../shared/sign-in';
import type { RawStatement, ReadContext, Reader, ReadScenario } from './read-scenarios';

const readers: Readonly<Record<Reader, string>> = {
  officer: 'customs@demo.greenchain.test',
  analyst: 'analyst@demo.greenchain.test',
};

/** A world being read: the API over its database, a `pg` client on the same, what reads are about. */
export interface ReadWorld {
  readonly api: ApiProcess;
  readonly database: Client;
  readonly context: ReadContext;
}

/** How many timed calls each, after how many untimed ones that warm caches and plans. */
export interface Sampling {
  readonly samples: number;
  readonly warmUps: number;
}

export interface Timing {
  readonly scenario: ReadScenario;
  /** The request repeated as it is (an analytics answer then comes from memory). */
  readonly http: Percentiles;
  /** Answers kept in memory: each computed afresh. */
  readonly computed?: Percentiles;
  readonly raw: Percentiles;
}

/** Each scenario over HTTP, as its reader, and its raw statements from `pg`, one after another. */
export async function timeScenarios(
  world: ReadWorld,
  scenarios: readonly ReadScenario[],
  sampling: Sampling,
): Promise<Timing[]> {
  const { api, database, context } = world;
  const timings: Timing[] = [];
  for (const scenario of scenarios) {
    console.warn(`timing ${scenario.name}`);
    const token = await signIn(api, readers[scenario.reader]);
    const timed = (call: (index: number) => Promise<void>) => timedCalls(call, sampling);
    const http = await timed(() => get(api, scenario.path(context), token));
    const computed = scenario.computed
      ? await timed((call) => get(api, scenario.computed!(context, call), token))
      : undefined;
    const raw = await timed(() => runAll(database, scenario.raw(context)));
    timings.push({ scenario, http, computed, raw });
  }
  return timings;
}

async function get(api: ApiProcess, path: string, token: string): Promise<void> {
  const response = await fetch(`${api.baseUrl}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
}

async function runAll(database: Client, statements: readonly RawStatement[]): Promise<void> {
  for (const { sql, values } of statements) await database.query(sql, [...values]);
}

/** Milliseconds per call, after a few calls that warm caches and plans. */
async function timedCalls(
  call: (index: number) => Promise<void>,
  { samples, warmUps }: Sampling,
): Promise<Percentiles> {
  for (let index = 0; index < warmUps; index++) await call(samples + index);
  const durations: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    await call(index);
    durations.push(performance.now() - started);
  }
  return percentile(durations);
}
