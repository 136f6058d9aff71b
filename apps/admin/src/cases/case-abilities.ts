import {
  type CaseCommandName,
  type CaseStage,
  type DefendantStatus,
  type EvidenceCommandName,
  ownerOfStage,
  type Role,
  roleMayIssue,
  type SessionUser,
} from '@greenchain/contracts';
import { type CaseRecord } from './case-record';

/**
 * Commands on the case as a whole, each by the API command it records (whose roles come from the
 * contracts' table); per-defendant ones are in defendantCommandNames. In the order of the buttons.
 */
export const caseCommandNames = {
  refer: 'ReferToProsecution',
  settle: 'SettleAdministratively',
  disposal: 'RecordDisposal',
  acceptReferral: 'AcceptReferral',
  returnReferral: 'ReturnReferral',
  declineAll: 'DeclineProsecution',
  scheduleHearing: 'ScheduleHearing',
  registerEvidence: 'RegisterEvidence',
  adjournHearing: 'AdjournHearing',
  decideAppeal: 'DecideAppeal',
  close: 'CloseCase',
  reopen: 'ReopenCase',
  share: 'ShareCase',
  revokeShare: 'RevokeShare',
} as const satisfies Record<string, CaseCommandName | EvidenceCommandName>;
export type CaseCommand = keyof typeof caseCommandNames;

export const defendantCommandNames = {
  charge: 'FileCharges',
  decline: 'DeclineProsecution',
  withdraw: 'WithdrawCharges',
  plea: 'RecordPlea',
  verdict: 'RecordVerdict',
  sentence: 'ImposeSentence',
  appeal: 'FileAppeal',
  enforce: 'RecordPenaltyEnforcement',
} as const satisfies Record<string, CaseCommandName>;
export type DefendantCommand = keyof typeof defendantCommandNames;

const prosecuting: readonly CaseStage[] = ['PROSECUTION', 'CHARGED'];
const inCourt: readonly CaseStage[] = ['CHARGED', 'TRIAL', 'SENTENCED', 'APPEAL'];

/** Where each role works on a case, so registering an exhibit is offered there. */
function atWork(role: Role, stage: CaseStage): boolean {
  if (role === 'prosecutor') return prosecuting.includes(stage);
  if (role === 'judiciary') return inCourt.includes(stage);
  return true;
}

/** When the state of an open case calls for each command (who may is the contracts' table). */
const openCaseConditions: Record<CaseCommand, (record: CaseRecord, role: Role) => boolean> = {
  refer: ({ stage }) => stage === 'DETECTION',
  settle: ({ stage }) => stage === 'DETECTION',
  disposal: () => true,
  acceptReferral: ({ state }) => state.referral?.status === 'pending',
  returnReferral: ({ state }) => state.referral?.status === 'pending',
  declineAll: ({ stage }) => prosecuting.includes(stage),
  scheduleHearing: ({ stage }) => inCourt.includes(stage),
  registerEvidence: ({ stage }, role) => atWork(role, stage),
  adjournHearing: ({ state }) => Object.values(state.hearings).some((h) => !h.adjourned),
  decideAppeal: ({ state }) => Object.values(state.appeals).some((a) => !a.decided),
  close: ({ stage }, role) => ownerOfStage(stage) === role,
  reopen: () => false, // only a closed case is reopened
  share: () => true,
  revokeShare: ({ state }) => Object.values(state.shares).some((share) => !share.revoked),
};

/**
 * What the console offers a user on a case now, from their role, their country and the stage; the
 * API still decides and refuses the rest.
 */
export function caseCommands(user: SessionUser, record: CaseRecord): Set<CaseCommand> {
  const { role } = user;
  if (record.state.seizure?.country !== user.country) return new Set();
  const closed = record.state.status === 'closed';
  const commands = Object.keys(caseCommandNames) as CaseCommand[];
  return new Set(
    commands.filter(
      (command) =>
        roleMayIssue(role, caseCommandNames[command]) &&
        (closed
          ? command === 'reopen' && closedBy(record) === role
          : openCaseConditions[command](record, role)),
    ),
  );
}

/**
 * Who closed the case. Only the owner of a stage closes in it (the API enforces it), and that owner
 * alone reopens, so this is who may reopen.
 */
function closedBy(record: CaseRecord): string | undefined {
  return record.timeline.findLast((entry) => entry.type === 'CaseClosed')?.actor?.role;
}

/** What may be recorded next about a defendant in each status (the decider's defendant rules). */
const byStatus: Partial<Record<DefendantStatus, readonly DefendantCommand[]>> = {
  suspect: ['charge', 'decline'],
  charged: ['withdraw', 'plea', 'verdict'],
  convicted: ['sentence', 'appeal'],
  acquitted: ['appeal'],
  sentenced: ['appeal', 'enforce'],
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
  const next = byStatus[status] ?? [];
  return next.filter((command) => roleMayIssue(user.role, defendantCommandNames[command]));
}
