import {
  isOwnKey,
  type AnalyticsGroup,
  type CompletenessField,
  type CompletenessRow,
  type IncompleteCase,
} from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import { InvalidListParamsError } from '../shared/list-query';
import {
  filteredCasesSql,
  groupKeySql,
  unknownGroup,
  type AnalyticsFilter,
} from './analytics-scope';
import { SqlParameters } from './sql-parameters';

/** The condition on a case_history row `c` that a fact is recorded. */
const recorded: Readonly<Record<CompletenessField, string>> = {
  value: 'c.value_recorded',
  outcome: 'c.outcome_recorded',
  disposal: 'c.disposal_count > 0',
};

function recordedSql(field: string): string {
  if (!isOwnKey(recorded, field)) {
    throw new InvalidListParamsError(
      'field',
      `unknown field ${JSON.stringify(field.slice(0, 50))}`,
    );
  }
  return recorded[field];
}

interface CountRow {
  key: string | null;
  cases: number;
  value: number;
  outcome: number;
  disposal: number;
}

/** One page of the cases missing a fact, and how many miss it in all. */
export interface IncompleteCasesPage {
  readonly rows: IncompleteCase[];
  readonly total: number;
}

/**
 * Data completeness at the as-of date from the case history: per group, how many cases have their
 * value, outcome and disposal recorded; and, for those allowed to list cases, which miss one.
 */
export class CompletenessQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async rows(filter: AnalyticsFilter, group: AnalyticsGroup): Promise<CompletenessRow[]> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const rows = (await this.executor.query(
      `WITH ${cases.sql}
       SELECT g.key, count(*)::int AS cases,
              count(*) FILTER (WHERE ${recorded.value})::int AS value,
              count(*) FILTER (WHERE ${recorded.outcome})::int AS outcome,
              count(*) FILTER (WHERE ${recorded.disposal})::int AS disposal
         FROM c CROSS JOIN LATERAL unnest(${groupKeySql(group)}) AS g(key)
        GROUP BY g.key ORDER BY g.key NULLS LAST`,
      [...parameters.values],
    )) as CountRow[];
    return rows.map(({ key, cases: count, value, outcome, disposal }) => ({
      id: key ?? unknownGroup,
      group: key ?? unknownGroup,
      cases: count,
      valueRecorded: value,
      valueShare: value / count,
      outcomeRecorded: outcome,
      outcomeShare: outcome / count,
      disposalRecorded: disposal,
      disposalShare: disposal / count,
    }));
  }

  /** The cases missing the fact, oldest seizure first; `range` is [first, last], inclusive. */
  async missing(
    filter: AnalyticsFilter,
    field: string,
    [first, last]: readonly [number, number],
  ): Promise<IncompleteCasesPage> {
    const parameters = new SqlParameters();
    const cases = filteredCasesSql(filter, parameters);
    const rows = (await this.executor.query(
      `WITH ${cases.sql},
       m AS (SELECT case_id, reference, country, seized_on FROM c WHERE NOT (${recordedSql(field)}))
       SELECT t.total, p.case_id, p.reference, p.country, p.seized_on::text AS seized_on
         FROM (SELECT count(*)::int AS total FROM m) t
         LEFT JOIN LATERAL (
           SELECT * FROM m ORDER BY seized_on NULLS LAST, case_id
           OFFSET ${parameters.bind(first)} LIMIT ${parameters.bind(last - first + 1)}) p ON true`,
      [...parameters.values],
    )) as {
      total: number;
      case_id: string | null;
      reference: string | null;
      country: string;
      seized_on: string | null;
    }[];
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.flatMap((row) =>
        row.case_id === null
          ? []
          : [
              {
                id: row.case_id,
                reference: row.reference,
                country: row.country,
                seizedOn: row.seized_on,
              },
            ],
      ),
    };
  }
}
