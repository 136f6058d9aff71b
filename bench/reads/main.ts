import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startApi, type ApiProcess } from '../shared/api-process';
import { runBenchmark } from '../shared/bench-database';
import { demoWorld } from '../shared/demo-world-database';
import { percentile, type Percentiles } from '../shared/percentiles';
import { residentMegabytes } from '../shared/process-usage';
import { loadAverages, runHeader } from '../shared/run-header';
import {
  readScenarios,
  type RawStatement,
  type ReadContext,
  type Reader,
  type ReadScenario,
} from './read-scenarios';

/**
 * What users feel when they read (targets of docs/benchmarks.md): each kind of request timed over
 * HTTP against the compiled API in production mode, one client, on the demo world at 100,000 cases
 * with its read models up to date, beside the raw PostgreSQL statements the answer cannot avoid,
 * timed from `pg` on the same database in the same run.
 */
const cases = Number(process.env.BENCH_READ_CASES ?? 100_000);
const samples = Number(process.env.BENCH_READ_SAMPLES ?? 40);
const warmUps = 3;
const demoPassword = 'greenchain-demo';
const readers: Readonly<Record<Reader, string>> = {
  officer: 'customs@demo.greenchain.test',
  analyst: 'analyst@demo.greenchain.test',
};

interface Timing {
  readonly scenario: ReadScenario;
  readonly http: Percentiles;
  /** Answers kept in memory: each computed afresh. */
  readonly computed?: Percentiles;
  readonly raw: Percentiles;
}

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  const world = await demoWorld(cases);
  const api = await startApi(world.url);
  const database = new Client({ connectionString: world.url });
  await database.connect();
  try {
    const context = await readContext(database, 'KE');
    const timings: Timing[] = [];
    for (const scenario of readScenarios) {
      console.warn(`timing ${scenario.name}`);
      const token = await signIn(api, readers[scenario.reader]);
      const http = await timed(() => get(api, scenario.path(context), token));
      const computed = scenario.computed
        ? await timed((call) => get(api, scenario.computed!(context, call), token))
        : undefined;
      const raw = await timed(() => runAll(database, scenario.raw(context)));
      timings.push({ scenario, http, computed, raw });
    }
    const rss = residentMegabytes(api.pid);
    printTable(timings, { cases, events: world.events, rss, loadAtStart });
  } finally {
    await database.end();
    await api.stop();
  }
}

/** A case of the officer's country with a timeline of typical length (the median of the country). */
async function readContext(database: Client, country: string): Promise<ReadContext> {
  const { rows } = await database.query<{ case_id: string }>(
    `SELECT case_id FROM (
       SELECT t.case_id, count(*) AS events, row_number() OVER (ORDER BY count(*), t.case_id) AS n,
              count(*) OVER () AS cases
         FROM case_timeline t JOIN case_summary s USING (case_id)
        WHERE s.country = $1 GROUP BY t.case_id) ranked
      WHERE n = (cases + 1) / 2`,
    [country],
  );
  const caseId = rows[0]?.case_id;
  if (!caseId) throw new Error(`the world has no case in ${country}`);
  return { country, caseId, today: new Date().toISOString().slice(0, 10) };
}

async function signIn(api: ApiProcess, email: string): Promise<string> {
  const response = await fetch(`${api.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`signing in ${email}: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
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
async function timed(call: (index: number) => Promise<void>): Promise<Percentiles> {
  for (let index = 0; index < warmUps; index++) await call(samples + index);
  const durations: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    await call(index);
    durations.push(performance.now() - started);
  }
  return percentile(durations);
}

interface RunFacts {
  readonly cases: number;
  readonly events: number;
  readonly rss: number;
  readonly loadAtStart: string;
}

function printTable(timings: readonly Timing[], facts: RunFacts): void {
  const ms = (value: number) => value.toFixed(1);
  const count = (value: number) => value.toLocaleString('en-US');
  const lines = [
    runHeader(facts.loadAtStart),
    `Reads over HTTP on the demo world (seed 1): ${count(facts.cases)} cases, ${count(facts.events)} events; one client, ${samples} samples each after ${warmUps} warm-up calls; API alone in production mode. Analytics answers are kept in memory until the read models move: "p95" repeats one request, "computed afresh" asks for another as-of day each time, as the first request after a projected batch does; the limit column divides the slower of the two.`,
    '',
    '| answer | as | p50 (ms) | p95 (ms) | target p95 | met | computed afresh: p50, p95 (ms) | met | PostgreSQL limit p95 (ms) | p95 / limit |',
    '|---|---|---:|---:|---:|---|---:|---|---:|---:|',
    ...timings.map(({ scenario, http, computed, raw }) => {
      const met = (p: Percentiles) => (p.p95 < scenario.targetMs ? 'yes' : '**no**');
      const afresh = computed
        ? `${ms(computed.p50)}, ${ms(computed.p95)} | ${met(computed)}`
        : '| ';
      const slowest = Math.max(http.p95, computed?.p95 ?? 0);
      return `| ${scenario.name} | ${scenario.reader} | ${ms(http.p50)} | ${ms(http.p95)} | < ${scenario.targetMs} | ${met(http)} | ${afresh} | ${ms(raw.p95)} | ${(slowest / raw.p95).toFixed(1)}× |`;
    }),
    '',
    `API resident memory after the run: ${facts.rss.toFixed(0)} MB (target < 300 MB).`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runBenchmark(main);
