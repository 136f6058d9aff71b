import { deadlineSteps, type DeadlineStep } from '@greenchain/domain';
import type { SqlExecutor } from '@greenchain/event-store';
import {
  deadlineDaysSql,
  type StalledDeadlines,
} from '../projections/case-summary/stalled-deadlines';
import { deadlinesTable } from '../projections/deadlines/deadlines.tables';

export interface DueDeadline {
  readonly caseId: string;
  readonly step: DeadlineStep;
  readonly partyId: string | undefined;
  /** The day the step was due (YYYY-MM-DD). */
  readonly deadline: string;
}

/** Clocks strictly past their deadline at `asOf` and not yet flagged for that deadline. */
export async function dueDeadlines(
  executor: SqlExecutor,
  deadlines: StalledDeadlines,
  asOf: string,
  limit = 500,
): Promise<DueDeadline[]> {
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const days = `CASE step ${deadlineSteps
    .map((step) => `WHEN '${step}' THEN ${deadlineDaysSql(deadlines, step, bind)}`)
    .join(' ')} END`;
  const rows = (await executor.query(
    `SELECT case_id, step, party_id, (started_on + ${days})::text AS deadline
       FROM ${deadlinesTable.name}
      WHERE started_on + ${days} < ${bind(asOf)}::date
        AND missed_deadline IS DISTINCT FROM started_on + ${days}
      ORDER BY started_on
      LIMIT ${Number(limit)}`,
    parameters,
  )) as { case_id: string; step: DeadlineStep; party_id: string; deadline: string }[];
  return rows.map((row) => ({
    caseId: row.case_id,
    step: row.step,
    partyId: row.party_id === '' ? undefined : row.party_id,
    deadline: row.deadline,
  }));
}
