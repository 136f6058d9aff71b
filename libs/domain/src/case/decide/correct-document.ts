import { requiredText } from '../../values';
import { sameData } from '../../shared/same-data';
import type { CorrectDocument } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import { documentDetailsOf, type CaseState } from '../case.state';
import { caseDateOrder, type CaseContext } from './case-rules';
import { documentDetails } from './document-details';

/**
 * A wrong name, target or personal-data marking corrected by a new fact; the bytes, their hash and
 * type stay as attached. Details equal to those in force record nothing.
 */
export function correctDocument(
  { data }: CorrectDocument,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const details = documentDetails(data, state);
  const record = state.documents[details.documentId];
  if (!record) {
    return caseError(
      'case/document-not-found',
      `no document ${details.documentId} in this case`,
      'data.documentId',
    );
  }
  if (sameData(documentDetailsOf(record), details)) return [];
  const reason = requiredText(data.reason, 'data.reason');
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [
    { type: 'DocumentCorrected', data: { ...details, reason, occurredAt: context.at, ...dated } },
  ];
}
