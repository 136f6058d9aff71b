import type { CaseEvent, CaseState } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf, dateOf, occurredAt } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { replaceCasesRows } from '../../shared/row-writes';
import type { FoldedStream } from '../../shared/stream-state-fold';
import { caseSummaryRow } from '../case-summary/case-summary.row';
import { defendantRow } from '../defendants/defendant.row';
import { statesByBusinessDay } from './business-day-states';
import { recordedFacts } from './recorded-facts';
import { stageExits } from './stage-exits';
import {
  caseHistoryTable,
  caseMoneyHistoryTable,
  defendantHistoryTable,
} from './case-history.tables';
import { caseMoneyRows } from '../case-money/case-money.projection';

/** The first verdict by the given day: the first instance's, even once an appeal overturned it. */
function firstVerdictOn(events: readonly RecordedEvent[]): (day: string) => string | null {
  const verdictDays = events
    .filter((recorded) => recorded.type === 'VerdictRecorded')
    .map((recorded) => dateOf(occurredAt(recorded)) ?? '')
    .sort();
  return (day) => verdictDays.find((verdictDay) => verdictDay <= day) ?? null;
}

/**
 * The state after each event of a history where the shared fold already has it: the fold's steps
 * are the history's last events when the batch holds the stream's events without a gap.
 */
function foldedStates(
  history: readonly RecordedEvent[],
  folded: FoldedStream<CaseState, CaseEvent> | undefined,
): (CaseState | undefined)[] {
  const steps = folded?.steps ?? [];
  const offset = history.length - steps.length;
  const matches =
    offset >= 0 && steps.every((step, index) => step.recorded === history[offset + index]);
  const states: (CaseState | undefined)[] = new Array<CaseState | undefined>(history.length);
  if (matches) steps.forEach((step, index) => (states[offset + index] = step.after));
  return states;
}

// Rows are built with Object.assign onto the first part's fresh object: a literal spreading a row
// of some fifty columns makes V8 build each row slowly, and such rows are slow to read column by
// column when they are written (several times the cost of the rest of the projection).
function historyRows(
  caseId: string,
  events: readonly RecordedEvent[],
  folded: readonly (CaseState | undefined)[],
) {
  // Days before the seizure's own date (an item dated earlier) hold no case yet.
  const seized = statesByBusinessDay(caseFolder, events, folded).filter(
    ({ state }) => state.seizure !== undefined,
  );
  const firstVerdict = firstVerdictOn(events);
  return {
    cases: seized.map(({ from, until, state, last }) =>
      Object.assign(
        caseSummaryRow(
          caseId,
          state,
          last.streamPosition,
          last.globalPosition,
          last.metadata.recordedAt,
          null,
        ),
        stageExits(state),
        recordedFacts(state),
        {
          first_verdict_on: firstVerdict(from),
          case_declined_reason: state.declinedAll?.reasonCode ?? null,
          valid_from: from,
          valid_until: until,
        },
      ),
    ),
    defendants: seized.flatMap(({ from, until, state, last }) =>
      Object.values(state.parties).map((party) =>
        Object.assign(defendantRow(caseId, state, party, last.globalPosition), {
          valid_from: from,
          valid_until: until,
        }),
      ),
    ),
    money: seized.flatMap(({ from, until, state }) =>
      caseMoneyRows(caseId, state).map((row) =>
        Object.assign(row, { valid_from: from, valid_until: until }),
      ),
    ),
  };
}

/**
 * Each case and defendant as they stood on every business day, so the analytics can answer at any
 * as-of date. A fact recorded late changes the days before it was recorded, so every case of the
 * batch is rebuilt from its whole history. Version 2 adds the breakdowns of case_summary's version 4.
 */
export const caseHistoryProjection: Projection = {
  name: 'case-history',
  // 2: the breakdown columns, case_declined_reason (drop-outs), value_recorded and outcome_recorded
  // (completeness).
  version: 2,
  tables: [caseHistoryTable, defendantHistoryTable, caseMoneyHistoryTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const rows = { cases: [] as object[], defendants: [] as object[], money: [] as object[] };
    const histories = await context.histories(events);
    // The fold the other case projections make of the same events: no second fold of them here.
    const folds = await context.fold(caseFolder, events);
    const foldOf = new Map(folds.map((folded) => [folded.streamId, folded]));
    for (const [streamId, history] of histories) {
      const caseRows = historyRows(
        caseIdOf(streamId),
        history,
        foldedStates(history, foldOf.get(streamId)),
      );
      rows.cases.push(...caseRows.cases);
      rows.defendants.push(...caseRows.defendants);
      rows.money.push(...caseRows.money);
    }
    await replaceCasesRows(context.executor, [...histories.keys()].map(caseIdOf), [
      {
        table: context.table(caseHistoryTable.name),
        rows: rows.cases,
        key: ['case_id', 'valid_from'],
      },
      {
        table: context.table(defendantHistoryTable.name),
        rows: rows.defendants,
        key: ['case_id', 'party_id', 'valid_from'],
      },
      {
        table: context.table(caseMoneyHistoryTable.name),
        rows: rows.money,
        key: ['case_id', 'kind', 'ref', 'line', 'valid_from'],
      },
    ]);
  },
};
