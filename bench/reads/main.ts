import { Client } from 'pg';
import { analyticsWorld } from '../shared/analytics-world-database';
import { startApi } from '../shared/api-process';
import { runBenchmark } from '../shared/bench-database';
import { demoWorld } from '../shared/demo-world-database';
import type { Percentiles } from '../shared/percentiles';
import { residentMegabytes } from '../shared/process-usage';
import { loadAverages, runHeader } from '../shared/run-header';
import { growthTable, plannerSettings } from './growth-table';
import { readScenarios, type ReadContext, type ReadScenario } from './read-scenarios';
import { timeScenarios, type Sampling, type Timing } from './read-timing';

/**
 * What users feel when they read (targets of docs/benchmarks.md): each kind of request timed over
 * HTTP against the compiled API in production mode, one client, on the demo world at 100,000 cases
 * with its read models up to date, beside the raw PostgreSQL statements the answer cannot avoid,
 * timed from `pg` on the same database in the same run. Then the analytics again on a world of
 * BENCH_READ_ANALYTICS_SCALE times the cases (1 or 0: not), to show how their cost grows.
 */
const cases = Number(process.env.BENCH_READ_CASES ?? 100_000);
const sampling: Sampling = { samples: Number(process.env.BENCH_READ_SAMPLES ?? 40), warmUps: 3 };
const scale = Number(process.env.BENCH_READ_ANALYTICS_SCALE ?? 10);
/**
 * Fewer at the larger size, where an answer computed afresh takes seconds; one warm-up call, which
 * reads the tables into memory, is enough there.
 */
const scaledSampling: Sampling = {
  samples: Number(process.env.BENCH_READ_ANALYTICS_SAMPLES ?? 5),
  warmUps: 1,
};

async function main(): Promise<void> {
  const loadAtStart = loadAverages();
  const world = await demoWorld(cases);
  const small = await reading(world.url, null, readScenarios, sampling);
  printTable(small.timings, { cases, events: world.events, rss: small.rss, loadAtStart });
  if (scale <= 1) return;

  const loadAtScaleStart = loadAverages();
  const large = await analyticsWorld(world, scale);
  const analytics = readScenarios.filter((scenario) => scenario.computed);
  const scaled = await reading(large.url, small.context, analytics, scaledSampling);
  const table = growthTable(small.timings, scaled.timings, {
    cases,
    sampling,
    large,
    largeSampling: scaledSampling,
    settings: scaled.settings,
    rss: scaled.rss,
    loadAtStart: loadAtScaleStart,
  });
  process.stdout.write(`\n${table}\n`);
}

interface Reading {
  readonly context: ReadContext;
  readonly timings: Timing[];
  /** The API's resident memory after the reads, in MB. */
  readonly rss: number;
  readonly settings: string;
}

/**
 * The scenarios timed through the API and a `pg` client on the database at `url`, with the
 * context of the reads (found in the world when none is given).
 */
async function reading(
  url: string,
  known: ReadContext | null,
  scenarios: readonly ReadScenario[],
  timing: Sampling,
): Promise<Reading> {
  const api = await startApi(url);
  const database = new Client({ connectionString: url });
  await database.connect();
  try {
    const context = known ?? (await readContext(database, 'KE'));
    const timings = await timeScenarios({ api, database, context }, scenarios, timing);
    const settings = await plannerSettings(database);
    return { context, timings, rss: residentMegabytes(api.pid), settings };
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
    `Reads over HTTP on the demo world (seed 1): ${count(facts.cases)} cases, ${count(facts.events)} events; one client, ${sampling.samples} samples each after ${sampling.warmUps} warm-up calls; API alone in production mode. Analytics answers are kept in memory until the read models move: "p95" repeats one request, "computed afresh" asks for another as-of day each time, as the first request after a projected batch does; the limit column divides the slower of the two.`,
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
