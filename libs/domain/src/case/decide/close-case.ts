import { compact } from '../../shared/same-data';
import { oneOf, optionalText } from '../../values';
import type { CloseCase } from '../case.commands';
import { closeReasons } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { chainOutcome } from '../case-stage';
import type { CaseState } from '../case.state';
import { caseDateOrder, type CaseContext } from './case-rules';

/**
 * "Concluded" needs a chain at rest (settled, ended, or every defendant sentenced or out); other
 * reasons (no offence, duplicate, merged) close a case wherever it stands, and say so.
 */
export function closeCase(
  { data }: CloseCase,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const reasonCode = oneOf(closeReasons, data.reasonCode, 'data.reasonCode');
  const note = optionalText(data.note, 'data.note');
  if (state.status === 'closed') return [];
  if (reasonCode === 'concluded' && chainOutcome(state) === 'open') {
    return caseError(
      'case/chain-not-concluded',
      'defendants or appeals are still pending',
      'data.reasonCode',
    );
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'reopening',
    state.reopenedAt,
  ]);
  return [
    { type: 'CaseClosed', data: compact({ reasonCode, note, occurredAt: context.at, ...dated }) },
  ];
}
