import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { replaceCaseRows } from '../../shared/row-writes';
import { caseSummaryRow } from '../case-summary/case-summary.row';
import { defendantRow } from '../defendants/defendant.row';
import { statesByBusinessDay, type DayState } from './business-day-states';
import {
  caseHistoryTable,
  caseMoneyHistoryTable,
  defendantHistoryTable,
} from './case-history.tables';
import { caseMoneyRows } from '../case-money/case-money.projection';
import type { CaseState } from '@greenchain/domain';

function historyRows(caseId: string, days: readonly DayState<CaseState>[]) {
  // Days before the seizure's own date (an item dated earlier) hold no case yet.
  const seized = days.filter(({ state }) => state.seizure !== undefined);
  return {
    cases: seized.map(({ from, until, state, last }) => ({
      ...caseSummaryRow(
        caseId,
        state,
        last.streamPosition,
        last.globalPosition,
        last.metadata.recordedAt,
        null,
      ),
      valid_from: from,
      valid_until: until,
    })),
    defendants: seized.flatMap(({ from, until, state, last }) =>
      Object.values(state.parties).map((party) => ({
        ...defendantRow(caseId, state, party, last.globalPosition),
        valid_from: from,
        valid_until: until,
      })),
    ),
    money: seized.flatMap(({ from, until, state }) =>
      caseMoneyRows(caseId, state).map((row) => ({ ...row, valid_from: from, valid_until: until })),
    ),
  };
}

/**
 * Each case and defendant as they stood on every business day, so the analytics can answer at any
 * as-of date. A fact recorded late changes the days before it was recorded, so every case of the
 * batch is rebuilt from its whole history.
 */
export const caseHistoryProjection: Projection = {
  name: 'case-history',
  version: 1,
  tables: [caseHistoryTable, defendantHistoryTable, caseMoneyHistoryTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const streamIds = [...new Set(events.map((event) => event.streamId))];
    const rows = { cases: [] as object[], defendants: [] as object[], money: [] as object[] };
    for (const streamId of streamIds) {
      const days = statesByBusinessDay(caseFolder, await context.history(streamId));
      const caseRows = historyRows(caseIdOf(streamId), days);
      rows.cases.push(...caseRows.cases);
      rows.defendants.push(...caseRows.defendants);
      rows.money.push(...caseRows.money);
    }
    const caseIds = streamIds.map(caseIdOf);
    const replace = (table: string, tableRows: object[], key: string[]) =>
      replaceCaseRows(context.executor, context.table(table), caseIds, tableRows, key);
    await replace(caseHistoryTable.name, rows.cases, ['case_id', 'valid_from']);
    await replace(defendantHistoryTable.name, rows.defendants, [
      'case_id',
      'party_id',
      'valid_from',
    ]);
    await replace(caseMoneyHistoryTable.name, rows.money, [
      'case_id',
      'kind',
      'ref',
      'line',
      'valid_from',
    ]);
  },
};
