import type { WeakSentence } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import { filteredCasesSql, type AnalyticsFilter } from './analytics-scope';
import { sentencedDefendantsCte } from './money/sentenced-defendants.sql';
import { SqlParameters } from './sql-parameters';

interface WeakSentenceSqlRow {
  total: number;
  case_id: string | null;
  place: number;
  reference: string | null;
  country: string;
  agreements: string[];
  commodity_groups: string[];
  sentenced_on: string | null;
  fine_usd: number;
  share_usd: number;
  fine_to_share: number;
  provisional: boolean;
}

/** One page of the weak sentences, and how many there are in all. */
export interface WeakSentencesPage {
  readonly rows: WeakSentence[];
  readonly total: number;
}

/**
 * The sentences that do not deter because the fine is too small (docs/metrics.md section 5, "weak
 * sentences"): the finally sentenced defendants of the CTE `sentenced` that are not deterrent and
 * whose fine in USD is known and below their share of a known case value. A sentence without a fine
 * or with an unknown value is not among them: there is nothing to compare. Weakest first.
 */
export class WeakSentencesQuery {
  constructor(private readonly executor: SqlExecutor) {}

  /** `range` is [first, last], inclusive. */
  async page(
    filter: AnalyticsFilter,
    [first, last]: readonly [number, number],
  ): Promise<WeakSentencesPage> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const rows = (await this.executor.query(
      `WITH ${cases.sql}, ${sentencedDefendantsCte(cases, parameters)},
       w AS (
         SELECT c.case_id, c.reference, c.country, c.agreements, c.commodity_groups,
                s.sentenced_on::text AS sentenced_on, s.fine_usd::float8 AS fine_usd,
                s.share_usd::float8 AS share_usd, (s.fine_usd / s.share_usd)::float8 AS fine_to_share,
                s.provisional,
                row_number() OVER (PARTITION BY s.case_id ORDER BY s.party_id)::int AS place
           FROM sentenced s
           JOIN c ON c.case_id = s.case_id
          WHERE s.sentenced AND NOT s.deterrent AND s.fine_usd < s.share_usd)
       SELECT t.total, p.*
         FROM (SELECT count(*)::int AS total FROM w) t
         LEFT JOIN LATERAL (
           SELECT * FROM w ORDER BY fine_to_share, case_id, place
           OFFSET ${parameters.bind(first)} LIMIT ${parameters.bind(last - first + 1)}) p ON true`,
      [...parameters.values],
    )) as WeakSentenceSqlRow[];
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.flatMap((row) => (row.case_id === null ? [] : [weakSentence(row, row.case_id)])),
    };
  }
}

function weakSentence(row: WeakSentenceSqlRow, caseId: string): WeakSentence {
  return {
    id: `${caseId}/${row.place}`,
    caseId,
    reference: row.reference,
    country: row.country,
    agreements: row.agreements,
    commodityGroups: row.commodity_groups,
    sentencedOn: row.sentenced_on,
    fineUsd: row.fine_usd,
    shareUsd: row.share_usd,
    fineToShare: row.fine_to_share,
    provisional: row.provisional,
  };
}
