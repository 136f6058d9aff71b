import type { CaseState } from '@greenchain/domain';
import type { RecordedEvent } from '@greenchain/event-store';
import type { Projection, ProjectionContext } from '../../runner/projection';
import { caseEventTypeSet, caseIdOf, dateOf } from '../../shared/case-events';
import { caseFolder } from '../../shared/case-folder';
import { replaceCaseRows } from '../../shared/row-writes';
import { caseMoneyTable } from './case-money.tables';

export interface CaseMoneyRow {
  readonly case_id: string;
  readonly kind: 'value' | 'fine';
  readonly ref: string;
  readonly line: number;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly dated_on: string | null;
}

export function caseMoneyRows(caseId: string, state: CaseState): CaseMoneyRow[] {
  const seizedOn = dateOf(state.seizure?.occurredAt);
  const values = Object.entries(state.items)
    .filter(([, item]) => !item.removed)
    .map(([itemId, item]): CaseMoneyRow => {
      const value = item.details.estimatedValue;
      return {
        case_id: caseId,
        kind: 'value',
        ref: itemId,
        line: 0,
        amount: value?.amount ?? null,
        currency: value?.currency ?? null,
        dated_on: seizedOn,
      };
    });
  const fines = Object.entries(state.parties).flatMap(([partyId, party]) => {
    const sentence = party.defendant.sentence;
    const lines = sentence?.penaltyLines ?? [];
    return lines.flatMap((line, index): CaseMoneyRow[] =>
      line.type === 'fine'
        ? [
            {
              case_id: caseId,
              kind: 'fine',
              ref: partyId,
              line: index,
              amount: line.amount.amount,
              currency: line.amount.currency,
              dated_on: dateOf(sentence?.occurredAt),
            },
          ]
        : [],
    );
  });
  return [...values, ...fines];
}

/** Case values and fines in their currencies (analytics convert them); a touched case is rewritten. */
export const caseMoneyProjection: Projection = {
  name: 'case-money',
  version: 1,
  tables: [caseMoneyTable],
  eventTypes: caseEventTypeSet,

  async apply(events: readonly RecordedEvent[], context: ProjectionContext): Promise<void> {
    const folded = await context.fold(caseFolder, events);
    const caseIds = folded.map((current) => caseIdOf(current.streamId));
    const table = context.table(caseMoneyTable.name);
    const rows = folded.flatMap((current) =>
      caseMoneyRows(caseIdOf(current.streamId), current.state),
    );
    await replaceCaseRows(context.executor, table, caseIds, rows, [
      'case_id',
      'kind',
      'ref',
      'line',
    ]);
  },
};
