import type { AnalyticsGroup, PenaltyAdequacyRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import {
  filteredCasesSql,
  groupKeySql,
  unknownGroup,
  type AnalyticsFilter,
} from './analytics-scope';
import { sentencedDefendantsCte } from './money/sentenced-defendants.sql';
import { penaltyAdequacy } from './penalty-adequacy';
import { SqlParameters } from './sql-parameters';
import { usdRateTable } from './usd-rates';

interface SentencedRow {
  key: string | null;
  custodial: boolean;
  suspended: boolean;
  deterrent: boolean;
  value_known: boolean;
  fine_to_share: number | null;
  fine_to_statutory_max: number | null;
  provisional: boolean;
}

/**
 * Penalty adequacy per group as it stood on the as-of day: the finally sentenced defendants of the
 * filtered cases from the CTE `sentenced` (the one definition of a deterrent sentence), their money
 * in USD by the dated rate table, whose date every row names.
 */
export class PenaltyAdequacyQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<PenaltyAdequacyRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const rows = (await this.executor.query(
      `WITH ${cases.sql}, ${sentencedDefendantsCte(cases, parameters)}
       SELECT g.key, s.custodial, s.suspended, s.deterrent, s.value_usd IS NOT NULL AS value_known,
              (s.fine_usd / NULLIF(s.share_usd, 0))::float8 AS fine_to_share,
              s.fine_to_statutory_max::float8 AS fine_to_statutory_max, s.provisional
         FROM sentenced s
         JOIN c ON c.case_id = s.case_id
        CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)
        WHERE s.sentenced
        ORDER BY g.key NULLS LAST, s.case_id, s.party_id`,
      [...parameters.values],
    )) as SentencedRow[];
    return penaltyAdequacy(
      rows.map((row) => ({
        group: row.key ?? unknownGroup,
        custodial: row.custodial,
        suspended: row.suspended,
        deterrent: row.deterrent,
        valueKnown: row.value_known,
        fineToShare: row.fine_to_share,
        fineToStatutoryMax: row.fine_to_statutory_max,
        provisional: row.provisional,
      })),
      usdRateTable.readOn,
    );
  }
}
