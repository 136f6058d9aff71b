import type { AnalyticsGroup, PenaltyBinRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import {
  filteredCasesSql,
  groupKeySql,
  unknownGroup,
  type AnalyticsFilter,
} from './analytics-scope';
import { sentencedDefendantsCte } from './money/sentenced-defendants.sql';
import { SqlParameters } from './sql-parameters';

interface BinRow {
  key: string | null;
  share_power: number;
  fine_power: number;
  defendants: number;
}

/**
 * Fine against the share of the case value per group (docs/metrics.md section 5, "fine against
 * value"): the finally sentenced defendants of the CTE `sentenced` with a fine above 0 and a share
 * above 0, both in USD, counted per power of ten of each. Only counts leave the database.
 */
export class PenaltyBinsQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<PenaltyBinRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const rows = (await this.executor.query(
      `WITH ${cases.sql}, ${sentencedDefendantsCte(cases, parameters)}
       SELECT g.key,
              floor(log(s.share_usd::float8))::int AS share_power,
              floor(log(s.fine_usd::float8))::int AS fine_power,
              count(*)::int AS defendants
         FROM sentenced s
         JOIN c ON c.case_id = s.case_id
        CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)
        WHERE s.sentenced AND s.fine_usd > 0 AND s.share_usd > 0
        GROUP BY g.key, share_power, fine_power
        ORDER BY g.key NULLS LAST, share_power, fine_power`,
      [...parameters.values],
    )) as BinRow[];
    return rows.map((row) => {
      const key = row.key ?? unknownGroup;
      return {
        id: `${key}:${row.share_power}:${row.fine_power}`,
        group: key,
        shareFrom: 10 ** row.share_power,
        shareTo: 10 ** (row.share_power + 1),
        fineFrom: 10 ** row.fine_power,
        fineTo: 10 ** (row.fine_power + 1),
        defendants: row.defendants,
      };
    });
  }
}
