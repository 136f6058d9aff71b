import { compact } from '../../shared/same-data';
import { entityId, optionalText } from '../../values';
import type { RevokeShare } from '../case.commands';
import { caseError } from '../case.errors';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { caseDateOrder, type CaseContext } from './case-rules';

export function revokeShare(
  { data }: RevokeShare,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  const shareId = entityId(data.shareId, 'data.shareId');
  const reason = optionalText(data.reason, 'data.reason');
  const share = state.shares[shareId];
  if (!share) return caseError('case/share-not-found', `no share ${shareId}`, 'data.shareId');
  if (share.revoked) return [];
  const dated = caseDateOrder(context, state, data.dateOrderReason, [
    'share',
    share.shared.occurredAt,
  ]);
  return [
    {
      type: 'CaseShareRevoked',
      data: compact({ shareId, reason, occurredAt: context.at, ...dated }),
    },
  ];
}
