import {
  caseDecider,
  deadlineSteps,
  DomainError,
  type CaseCommand,
  type DeadlineStep,
} from '@greenchain/domain';
import type { EventStore, SqlExecutor } from '@greenchain/event-store';
import {
  deadlineDaysSql,
  type StalledDeadlines,
} from '../projections/case-summary/stalled-deadlines';
import { deadlinesTable } from '../projections/deadlines/deadlines.tables';
import { stableUuid } from '../shared/stable-uuid';

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

/** The same missed deadline always gets the same command id, so a second scan appends nothing. */
export function missedDeadlineCommandId(due: DueDeadline): string {
  return stableUuid('deadline', due.caseId, due.step, due.deadline, due.partyId ?? '');
}

/** Refusals that only mean the read model was behind the case: nothing to flag. */
const raced = new Set(['case/deadline-not-pending', 'case/deadline-not-passed']);

/**
 * Turns each due deadline into the FlagDeadlineMissed system command (a StageDeadlineMissed event).
 * Returns how many events were appended.
 */
export async function flagMissedDeadlines(
  store: EventStore,
  due: readonly DueDeadline[],
  now: Date,
): Promise<number> {
  let flagged = 0;
  for (const deadline of due) {
    const command: CaseCommand = {
      type: 'FlagDeadlineMissed',
      data: {
        step: deadline.step,
        deadline: deadline.deadline,
        ...(deadline.partyId === undefined ? {} : { partyId: deadline.partyId }),
      },
      metadata: {
        actor: { userId: 'system', role: 'system', agency: 'greenchain', country: 'ZZ' },
        occurredAt: now.toISOString(),
        recordedAt: now.toISOString(),
      },
    };
    try {
      const result = await store.handleCommand(caseDecider, `case-${deadline.caseId}`, command, {
        streamType: 'case',
        commandId: missedDeadlineCommandId(deadline),
        maxRetries: 3,
      });
      if (!result.replayed) flagged += result.events.length;
    } catch (error) {
      if (!(error instanceof DomainError && raced.has(error.code))) throw error;
    }
  }
  return flagged;
}
