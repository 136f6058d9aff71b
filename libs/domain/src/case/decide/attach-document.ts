import { documentLimits } from '@greenchain/contracts';
import { omit } from '../../shared/same-data';
import { requiredText, wholeNumber } from '../../values';
import { invalidValue } from '../../values/value-errors';
import type { AttachDocument } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, type CaseContext } from './case-rules';
import { documentDetails } from './document-details';

const sha256Hex = /^[0-9a-f]{64}$/;
const mediaType = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

function checkedMediaType(value: unknown, field: string): string {
  const text = requiredText(value, field, documentLimits.mediaType).toLowerCase();
  if (!mediaType.test(text))
    return invalidValue(
      'value/invalid-media-type',
      field,
      'expected a media type such as image/jpeg',
    );
  return text;
}

/**
 * A file attached to the case, an exhibit or a step. The same document id with the same bytes and
 * details records nothing (a retried upload); with other bytes or details it is refused.
 */
export function attachDocument(
  { data }: AttachDocument,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const details = documentDetails(data, state);
  const sha256 = typeof data.sha256 === 'string' ? data.sha256 : '';
  if (!sha256Hex.test(sha256)) {
    return invalidValue('value/invalid-digest', 'data.sha256', 'expected 64 lowercase hex digits');
  }
  const file = {
    ...details,
    declaredType: checkedMediaType(data.declaredType, 'data.declaredType'),
    detectedType: checkedMediaType(data.detectedType, 'data.detectedType'),
    size: wholeNumber(data.size, 'data.size'),
    sha256,
  };
  const earlier = state.documents[file.documentId]?.attached;
  if (
    isCaseRepeat(earlier && omit(earlier, 'occurredAt', 'dateOrderReason'), file, 'data.documentId')
  ) {
    return [];
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'DocumentAttached', data: { ...file, occurredAt: context.at, ...dated } }];
}
