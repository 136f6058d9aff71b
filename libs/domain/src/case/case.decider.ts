import type { Decider } from '../decider';
import { refuseImpossibleActor } from '../shared/actor-role';
import { commandTime } from '../shared/command-time';
import type { CaseCommand } from './case.commands';
import { caseError } from './case.errors';
import type { CaseEvent } from './case.events';
import { evolveCase } from './case.evolve';
import { initialCaseState, type CaseState } from './case.state';
import { acceptReferral } from './decide/accept-referral';
import { addCommodityItem } from './decide/add-commodity-item';
import { addParty } from './decide/add-party';
import { adjournHearing } from './decide/adjourn-hearing';
import { attachDocument } from './decide/attach-document';
import { correctDocument } from './decide/correct-document';
import { amendCommodityItem } from './decide/amend-commodity-item';
import { amendParty } from './decide/amend-party';
import type { CaseContext } from './decide/case-rules';
import { closeCase } from './decide/close-case';
import { declineProsecution } from './decide/decline-prosecution';
import { decideAppeal } from './decide/decide-appeal';
import { fileAppeal } from './decide/file-appeal';
import { fileCharges } from './decide/file-charges';
import { flagDeadlineMissed } from './decide/flag-deadline-missed';
import { imposeSentence } from './decide/impose-sentence';
import { recordDisposal } from './decide/record-disposal';
import { recordLabResult } from './decide/record-lab-result';
import { recordPenaltyEnforcement } from './decide/record-penalty-enforcement';
import { recordPlea } from './decide/record-plea';
import { recordSeizure } from './decide/record-seizure';
import { recordVerdict } from './decide/record-verdict';
import { referToProsecution } from './decide/refer-to-prosecution';
import { removeCommodityItem } from './decide/remove-commodity-item';
import { reopenCase } from './decide/reopen-case';
import { returnReferral } from './decide/return-referral';
import { revokeShare } from './decide/revoke-share';
import { scheduleHearing } from './decide/schedule-hearing';
import { settleAdministratively } from './decide/settle-administratively';
import { shareCase } from './decide/share-case';
import { withdrawCharges } from './decide/withdraw-charges';
import { missWithdrawals } from './decide/withdraw-answered-misses';
import { explainReportGap } from './decide/explain-report-gap';

function decideOpenCase(
  command: Exclude<CaseCommand, { type: 'RecordSeizure' }>,
  state: CaseState,
  context: CaseContext,
): CaseEvent[] {
  switch (command.type) {
    case 'AddCommodityItem':
      return addCommodityItem(command, state, context);
    case 'AmendCommodityItem':
      return amendCommodityItem(command, state, context);
    case 'RemoveCommodityItem':
      return removeCommodityItem(command, state, context);
    case 'AddParty':
      return addParty(command, state, context);
    case 'AmendParty':
      return amendParty(command, state, context);
    case 'RecordLabResult':
      return recordLabResult(command, state, context);
    case 'SettleAdministratively':
      return settleAdministratively(command, state, context);
    case 'ReferToProsecution':
      return referToProsecution(command, state, context);
    case 'AcceptReferral':
      return acceptReferral(command, state, context);
    case 'ReturnReferral':
      return returnReferral(command, state, context);
    case 'FileCharges':
      return fileCharges(command, state, context);
    case 'DeclineProsecution':
      return declineProsecution(command, state, context);
    case 'WithdrawCharges':
      return withdrawCharges(command, state, context);
    case 'ScheduleHearing':
      return scheduleHearing(command, state, context);
    case 'AdjournHearing':
      return adjournHearing(command, state, context);
    case 'RecordPlea':
      return recordPlea(command, state, context);
    case 'RecordVerdict':
      return recordVerdict(command, state, context);
    case 'ImposeSentence':
      return imposeSentence(command, state, context);
    case 'FileAppeal':
      return fileAppeal(command, state, context);
    case 'DecideAppeal':
      return decideAppeal(command, state, context);
    case 'RecordPenaltyEnforcement':
      return recordPenaltyEnforcement(command, state, context);
    case 'RecordDisposal':
      return recordDisposal(command, state, context);
    case 'CloseCase':
      return closeCase(command, state, context);
    case 'ReopenCase':
      return reopenCase(command, state, context);
    case 'ShareCase':
      return shareCase(command, state, context);
    case 'RevokeShare':
      return revokeShare(command, state, context);
    case 'FlagDeadlineMissed':
      return flagDeadlineMissed(command, state, context);
    case 'AttachDocument':
      return attachDocument(command, state, context);
    case 'CorrectDocument':
      return correctDocument(command, state, context);
    case 'ExplainReportGap':
      return explainReportGap(command, state, context);
  }
}

export function decideCase(command: CaseCommand, state: CaseState): CaseEvent[] {
  refuseImpossibleActor(
    'case/actor-not-allowed',
    command.metadata,
    command.type === 'FlagDeadlineMissed',
  );
  const context: CaseContext = {
    at: commandTime(command.metadata),
    actor: command.metadata.actor,
  };
  // A closed case is a finished record: it takes a reopening, and a repeated closing is a no-op.
  // Reports still cover it (the Basel table of closed cases), so why a fact is missing may be said.
  const afterClosing: readonly string[] = ['ReopenCase', 'CloseCase', 'ExplainReportGap'];
  if (state.status === 'closed' && !afterClosing.includes(command.type)) {
    return caseError('case/closed', 'the case is closed; reopen it first', 'type');
  }
  if (command.type === 'RecordSeizure') return recordSeizure(command, state, context);
  if (state.status === 'absent')
    return caseError('case/not-found', 'record the seizure first', 'type');
  const events = decideOpenCase(command, state, context);
  return [...events, ...missWithdrawals(state, events, context)];
}

/** One seizure and everything that follows it: stream `case-<caseId>`. */
export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  initialState: initialCaseState,
  decide: decideCase,
  evolve: evolveCase,
};
