import type { AnalyticsGroup, PenaltyAdequacyRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import {
  filteredCasesSql,
  groupKeySql,
  heldOn,
  unknownGroup,
  type AnalyticsFilter,
} from './analytics-scope';
import { SqlParameters } from './sql-parameters';
import { penaltyAdequacy, type DatedAmount, type SentencedDefendant } from './penalty-adequacy';

interface MoneyRow {
  case_id: string;
  kind: 'value' | 'fine';
  ref: string;
  amount: number | null;
  currency: string | null;
  dated_on: string | null;
}

function byKey(rows: readonly MoneyRow[], key: (row: MoneyRow) => string) {
  const grouped = new Map<string, DatedAmount[]>();
  for (const row of rows) {
    const amount = { amount: row.amount, currency: row.currency, datedOn: row.dated_on };
    grouped.set(key(row), [...(grouped.get(key(row)) ?? []), amount]);
  }
  return grouped;
}

/**
 * Penalty adequacy per group as it stood on the as-of day, from the case, defendant and money
 * histories: the sentenced defendants of the filtered cases, their fines and their cases' values,
 * in USD.
 */
export class PenaltyAdequacyQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<PenaltyAdequacyRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const defendants = (await this.executor.query(
      `WITH ${cases.sql}
       SELECT g.key, d.case_id, d.party_id, c.convicted_count
         FROM c JOIN defendant_history d ON d.case_id = c.case_id AND ${heldOn('d', cases.asOf)}
        CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)
        WHERE d.status = 'sentenced'
        ORDER BY g.key NULLS LAST, d.case_id, d.party_id`,
      [...parameters.values],
    )) as { key: string | null; case_id: string; party_id: string; convicted_count: number }[];
    if (defendants.length === 0) return [];
    const money = (await this.executor.query(
      `SELECT case_id, kind, ref, amount::float8 AS amount, currency, dated_on::text AS dated_on
         FROM case_money_history m
        WHERE m.case_id = ANY($1::text[]) AND ${heldOn('m', '$2::date')}`,
      [[...new Set(defendants.map((row) => row.case_id))], filter.asOf],
    )) as MoneyRow[];
    const sentenced: SentencedDefendant[] = defendants.map((row) => ({
      group: row.key ?? unknownGroup,
      caseId: row.case_id,
      partyId: row.party_id,
      convictedInCase: row.convicted_count,
    }));
    return penaltyAdequacy(
      sentenced,
      byKey(
        money.filter((row) => row.kind === 'value'),
        (row) => row.case_id,
      ),
      byKey(
        money.filter((row) => row.kind === 'fine'),
        (row) => `${row.case_id}/${row.ref}`,
      ),
    );
  }
}
