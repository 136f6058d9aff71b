import { textLimits } from '@greenchain/contracts';
import { omit } from '../../shared/same-data';
import {
  calendarDate,
  countryCode,
  dayOf,
  entityId,
  list,
  oneOf,
  requiredText,
} from '../../values';
import type { ShareCase } from '../case.commands';
import { shareableFields } from '../case.data';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, isCaseRepeat, type CaseContext } from './case-rules';

/** Cross-border sharing: which parts of the case another country's agency sees, and until when. */
export function shareCase(
  { data }: ShareCase,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const share = {
    shareId: entityId(data.shareId, 'data.shareId'),
    country: countryCode(data.country, 'data.country'),
    agency: requiredText(data.agency, 'data.agency', textLimits.shortName),
    fields: list(data.fields, 'data.fields', (field, path) => oneOf(shareableFields, field, path), {
      nonEmpty: true,
    }),
    until: calendarDate(data.until, 'data.until'),
  };
  const earlier = state.shares[share.shareId];
  const earlierShare = earlier && omit(earlier.shared, 'occurredAt', 'dateOrderReason');
  if (isCaseRepeat(earlierShare, share, 'data.shareId')) {
    if (earlier?.revoked)
      return caseError('case/share-revoked', 'that share was revoked; share anew', 'data.shareId');
    return [];
  }
  if (share.country === state.seizure?.country) {
    return caseError(
      'case/share-with-own-country',
      'the case already belongs to this country',
      'data.country',
    );
  }
  if (share.until < dayOf(context.at)) {
    return caseError('case/share-expired', 'until is before the day of sharing', 'data.until');
  }
  const dated = caseDateOrder(context, state, data.dateOrderReason);
  return [{ type: 'CaseShared', data: { ...share, occurredAt: context.at, ...dated } }];
}
