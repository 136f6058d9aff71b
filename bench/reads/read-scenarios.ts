/** Who a read is made as: an officer of one country, or an analyst who sees every country. */
export type Reader = 'officer' | 'analyst';

/** What a scenario's requests and raw statements are about. */
export interface ReadContext {
  /** The officer's country. */
  readonly country: string;
  /** A case of that country, with its timeline. */
  readonly caseId: string;
  /** Today, the as-of day of answers that name none. */
  readonly today: string;
}

/** A statement PostgreSQL runs straight from `pg`, with its bound values. */
export interface RawStatement {
  readonly sql: string;
  readonly values: readonly unknown[];
}

/** One kind of request a user makes, timed over HTTP, with the target its p95 must meet. */
export interface ReadScenario {
  readonly name: string;
  readonly reader: Reader;
  readonly path: (context: ReadContext) => string;
  /**
   * For answers kept in memory until the read models move: the same answer at another as-of day
   * each call (`call` counts from 0), so that it is computed, as after every projected batch.
   */
  readonly computed?: (context: ReadContext, call: number) => string;
  readonly targetMs: number;
  /**
   * The least PostgreSQL itself must do for the answer, straight from `pg` on the same database:
   * what no API can go below.
   */
  readonly raw: (context: ReadContext) => readonly RawStatement[];
}

const list = (filter: object, sort: [string, 'ASC' | 'DESC']) =>
  `/api/cases?${new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify(sort),
    range: JSON.stringify([0, 24]),
  }).toString()}`;

/** A page of 25 rows by the seizure-date index, and the total the page shows. */
const page = (where: string, values: readonly unknown[]): RawStatement[] => [
  {
    sql: `SELECT case_id FROM case_summary WHERE ${where} ORDER BY seized_on DESC LIMIT 25`,
    values,
  },
  { sql: `SELECT count(*) FROM case_summary WHERE ${where}`, values },
];

/** Every case once, as it stood on the as-of day: what any aggregate over the cases reads. */
const everyCaseOnce = (asOf: string, country?: string): RawStatement[] => [
  {
    sql: `SELECT count(*) FROM case_history c
           WHERE c.valid_from <= $1::date AND (c.valid_until IS NULL OR c.valid_until > $1::date)
             AND ($2::text IS NULL OR c.country = $2)`,
    values: [asOf, country ?? null],
  },
];

const analytics = (route: string, query: Record<string, string> = {}) =>
  `/api/analytics/${route}?${new URLSearchParams(query).toString()}`;

/** The day `days` before `day` (YYYY-MM-DD). */
const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** An analytics answer, and the same computed afresh at an earlier as-of day each call. */
const analyticsAnswer = (
  route: string,
  query: Record<string, string>,
  asOf?: string,
): Pick<ReadScenario, 'path' | 'computed'> => ({
  path: () => analytics(route, asOf ? { ...query, asOf } : query),
  computed: ({ today }, call) =>
    analytics(route, { ...query, asOf: daysBefore(asOf ?? today, call + 1) }),
});

/** An as-of date in the world's past, so the history tables' older rows are read too. */
const pastDay = '2022-12-31';

const analystAnswers = [
  'funnel',
  'chain-funnel',
  'drop-outs',
  'stalled',
  'time-in-stage',
  'penalty-adequacy',
].map((route): ReadScenario => ({
  name: `analytics: ${route} by country`,
  reader: 'analyst',
  ...analyticsAnswer(route, { groupBy: 'country' }),
  targetMs: 50,
  raw: ({ today }) => everyCaseOnce(today),
}));

export const readScenarios: readonly ReadScenario[] = [
  {
    name: "officer's case list, filtered and sorted",
    reader: 'officer',
    path: () => list({ agreement: 'CITES' }, ['seizedOn', 'DESC']),
    targetMs: 30,
    raw: ({ country }) => page(`country = $1 AND agreements && ARRAY['CITES']`, [country]),
  },
  {
    name: "analyst's all-country case list",
    reader: 'analyst',
    path: () => list({}, ['seizedOn', 'DESC']),
    targetMs: 30,
    raw: () => page('true', []),
  },
  {
    name: 'text search',
    reader: 'officer',
    path: () => list({ q: 'Mombasa' }, ['seizedOn', 'DESC']),
    targetMs: 30,
    raw: ({ country }) =>
      page(`country = $1 AND (reference ILIKE $2 OR port ILIKE $2 OR agency ILIKE $2)`, [
        country,
        '%Mombasa%',
      ]),
  },
  {
    name: 'case detail with timeline',
    reader: 'officer',
    path: ({ caseId }) => `/api/cases/${caseId}`,
    targetMs: 15,
    raw: ({ caseId }) => [
      { sql: 'SELECT * FROM case_summary WHERE case_id = $1', values: [caseId] },
      {
        sql: 'SELECT * FROM case_timeline WHERE case_id = $1 ORDER BY global_position',
        values: [caseId],
      },
    ],
  },
  ...analystAnswers,
  {
    name: 'analytics: chain-strength per country',
    reader: 'analyst',
    ...analyticsAnswer('chain-strength', {}),
    targetMs: 50,
    raw: ({ today }) => everyCaseOnce(today),
  },
  {
    name: `analytics: chain-funnel by agreement, as of ${pastDay}`,
    reader: 'analyst',
    ...analyticsAnswer('chain-funnel', { groupBy: 'agreement' }, pastDay),
    targetMs: 50,
    raw: () => everyCaseOnce(pastDay),
  },
  {
    name: "analytics: the officer's completeness",
    reader: 'officer',
    ...analyticsAnswer('completeness', {}),
    targetMs: 50,
    raw: ({ today, country }) => everyCaseOnce(today, country),
  },
  {
    name: "analytics: the officer's time in stage by year",
    reader: 'officer',
    ...analyticsAnswer('time-in-stage', { groupBy: 'year' }),
    targetMs: 50,
    raw: ({ today, country }) => everyCaseOnce(today, country),
  },
];
