import { type DefendantStatus, type Role, type SessionUser } from '@greenchain/contracts';
import { type CaseRecord } from './case-record';

/** Commands on the case as a whole; per-defendant ones are in DefendantCommand. */
export type CaseCommand =
  | 'refer'
  | 'acceptReferral'
  | 'returnReferral'
  | 'declineAll'
  | 'scheduleHearing'
  | 'adjournHearing'
  | 'decideAppeal'
  | 'settle'
  | 'disposal'
  | 'registerEvidence'
  | 'close'
  | 'reopen'
  | 'share'
  | 'revokeShare';

export type DefendantCommand =
  'charge' | 'decline' | 'withdraw' | 'plea' | 'verdict' | 'sentence' | 'appeal' | 'enforce';

const stageOwners: Record<string, Role> = {
  DETECTION: 'customs',
  ADMINISTRATIVE_SETTLEMENT: 'customs',
  REFERRED: 'prosecutor',
  PROSECUTION: 'prosecutor',
  CHARGED: 'prosecutor',
  TRIAL: 'judiciary',
  SENTENCED: 'judiciary',
  APPEAL: 'judiciary',
};

const officers: readonly Role[] = ['customs', 'prosecutor', 'judiciary'];

/**
 * What the console offers a user on a case now, from their role, their country and the stage
 * (mirroring the domain's command roles; the API still decides and refuses the rest).
 */
export function caseCommands(user: SessionUser, record: CaseRecord): Set<CaseCommand> {
  const { role } = user;
  const { stage, state } = record;
  const own = state.seizure?.country === user.country && officers.includes(role);
  const allowed = new Set<CaseCommand>();
  if (!own) return allowed;
  const add = (when: boolean, ...commands: CaseCommand[]) => {
    if (when) commands.forEach((command) => allowed.add(command));
  };
  if (state.status === 'closed') {
    add(true, 'reopen');
    return allowed;
  }
  const pending = state.referral?.status === 'pending';
  const prosecuting = ['PROSECUTION', 'CHARGED'].includes(stage);
  const inCourt = ['CHARGED', 'TRIAL', 'SENTENCED', 'APPEAL'].includes(stage);
  add(role === 'customs' && stage === 'DETECTION', 'refer', 'settle');
  add(role === 'customs', 'disposal', 'registerEvidence');
  add(role === 'prosecutor' && pending, 'acceptReferral', 'returnReferral');
  add(role === 'prosecutor' && prosecuting, 'declineAll', 'registerEvidence');
  add(role === 'judiciary' && inCourt, 'scheduleHearing', 'registerEvidence');
  add(
    role === 'judiciary' && Object.values(state.hearings).some((h) => !h.adjourned),
    'adjournHearing',
  );
  add(role === 'judiciary' && Object.values(state.appeals).some((a) => !a.decided), 'decideAppeal');
  add(stageOwners[stage] === role, 'close');
  add(true, 'share');
  add(
    Object.values(state.shares).some((share) => !share.revoked),
    'revokeShare',
  );
  return allowed;
}

const byStatus: Record<Role, Partial<Record<DefendantStatus, DefendantCommand[]>>> = {
  customs: { sentenced: ['enforce'] },
  prosecutor: { suspect: ['charge', 'decline'], charged: ['withdraw'] },
  judiciary: {
    charged: ['plea', 'verdict'],
    convicted: ['sentence', 'appeal'],
    acquitted: ['appeal'],
    sentenced: ['appeal', 'enforce'],
  },
  analyst: {},
  admin: {},
};

/** What a user may record about one defendant, from the defendant's status. */
export function defendantCommands(
  user: SessionUser,
  record: CaseRecord,
  status: DefendantStatus | undefined,
): readonly DefendantCommand[] {
  const own = record.state.seizure?.country === user.country;
  if (!own || record.state.status === 'closed' || status === undefined) return [];
  if (user.role === 'prosecutor' && record.state.referral?.status !== 'accepted') return [];
  return byStatus[user.role][status] ?? [];
}
