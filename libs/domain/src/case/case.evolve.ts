import { omit } from '../shared/same-data';
import { dayOf } from '../values';
import type { CaseEvent, CaseEventOf } from './case.events';
import {
  deadlineKey,
  reportGapKey,
  newDefendant,
  type CaseState,
  type DefendantRecord,
  type SentenceRecord,
} from './case.state';

function withDefendant(
  state: CaseState,
  partyId: string,
  change: (defendant: DefendantRecord) => DefendantRecord,
): CaseState {
  const party = state.parties[partyId];
  if (!party) return state;
  return {
    ...state,
    parties: { ...state.parties, [partyId]: { ...party, defendant: change(party.defendant) } },
  };
}

/** Charges filed later may be dated earlier: the verdict clock starts at the earliest. */
const earliest = (day: string | undefined, other: string) =>
  day !== undefined && dayOf(day) <= dayOf(other) ? day : other;

const withoutDate = <T extends { occurredAt: string; dateOrderReason?: string }>(data: T) =>
  omit(data, 'occurredAt', 'dateOrderReason');

function afterAppeal(
  defendant: DefendantRecord,
  { data }: CaseEventOf<'AppealDecided'>,
): DefendantRecord {
  const settled = { ...defendant, pendingAppealId: undefined };
  switch (data.outcome) {
    case 'upheld':
      return settled;
    case 'varied':
      return data.newSentence
        ? { ...settled, sentence: { ...data.newSentence, occurredAt: data.occurredAt } }
        : settled;
    case 'overturned': {
      const wasConvicted = defendant.verdict?.outcome === 'convicted';
      return {
        ...settled,
        sentence: undefined,
        verdict: {
          outcome: wasConvicted ? 'acquitted' : 'convicted',
          occurredAt: data.occurredAt,
          onAppeal: true,
        },
      };
    }
  }
}

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  switch (event.type) {
    case 'SeizureRecorded':
      return { ...state, status: 'open', seizure: event.data };
    case 'CommodityItemAdded':
    case 'CommodityItemAmended': {
      const current = state.items[event.data.itemId];
      const details = withoutDate(event.data);
      return { ...state, items: { ...state.items, [details.itemId]: { ...current, details } } };
    }
    case 'CommodityItemRemoved': {
      const item = state.items[event.data.itemId];
      if (!item) return state;
      const removed = { reason: event.data.reason, occurredAt: event.data.occurredAt };
      return { ...state, items: { ...state.items, [event.data.itemId]: { ...item, removed } } };
    }
    case 'PartyAdded':
    case 'PartyAmended': {
      const defendant = state.parties[event.data.partyId]?.defendant ?? newDefendant();
      const details = withoutDate(event.data);
      return { ...state, parties: { ...state.parties, [details.partyId]: { details, defendant } } };
    }
    case 'LabResultRecorded':
      return {
        ...state,
        labResults: { ...state.labResults, [event.data.labResultId]: event.data },
      };
    case 'CaseSettledAdministratively':
      return { ...state, settlement: event.data };
    case 'CaseReferredToProsecution':
      return { ...state, referral: { request: event.data, status: 'pending' } };
    case 'ReferralAccepted':
      return state.referral
        ? { ...state, referral: { ...state.referral, status: 'accepted', accepted: event.data } }
        : state;
    case 'ReferralReturned':
      return state.referral
        ? { ...state, referral: { ...state.referral, status: 'returned', returned: event.data } }
        : state;
    case 'ChargesFiled': {
      const { partyId, charges, occurredAt } = event.data;
      return withDefendant(state, partyId, (defendant) => ({
        ...defendant,
        chargedAt: earliest(defendant.chargedAt, occurredAt),
        charges: {
          ...defendant.charges,
          ...Object.fromEntries(charges.map((charge) => [charge.chargeId, charge])),
        },
      }));
    }
    case 'ProsecutionDeclined': {
      const { reasonCode, occurredAt, partyIds, scope } = event.data;
      const declined = { reasonCode, occurredAt };
      const marked = partyIds.reduce(
        (next, partyId) =>
          withDefendant(next, partyId, (defendant) => ({ ...defendant, declined })),
        state,
      );
      return scope === 'all' ? { ...marked, declinedAll: declined } : marked;
    }
    case 'ChargesWithdrawn': {
      const { partyId, reasonCode, occurredAt } = event.data;
      return withDefendant(state, partyId, (defendant) => ({
        ...defendant,
        withdrawn: { reasonCode, occurredAt },
      }));
    }
    case 'HearingScheduled': {
      const scheduled = event.data;
      const inCourt = scheduled.partyIds.reduce(
        (next, partyId) =>
          withDefendant(next, partyId, (defendant) => ({ ...defendant, inCourt: true })),
        state,
      );
      return { ...inCourt, hearings: { ...state.hearings, [scheduled.hearingId]: { scheduled } } };
    }
    case 'HearingAdjourned': {
      const hearing = state.hearings[event.data.hearingId];
      if (!hearing) return state;
      const adjourned = { ...hearing, adjourned: event.data };
      return { ...state, hearings: { ...state.hearings, [event.data.hearingId]: adjourned } };
    }
    case 'PleaRecorded':
      return withDefendant(state, event.data.partyId, (defendant) => ({
        ...defendant,
        inCourt: true,
        plea: event.data.plea,
      }));
    case 'VerdictRecorded': {
      const { outcome, occurredAt } = event.data;
      return withDefendant(state, event.data.partyId, (defendant) => ({
        ...defendant,
        verdict: { outcome, occurredAt, onAppeal: false },
      }));
    }
    case 'SentenceImposed': {
      const record: SentenceRecord = omit(event.data, 'partyId', 'dateOrderReason');
      const next = { ...state, sentences: { ...state.sentences, [record.sentenceId]: event.data } };
      return withDefendant(next, event.data.partyId, (defendant) => ({
        ...defendant,
        sentence: record,
      }));
    }
    case 'AppealFiled': {
      const { appealId, partyId } = event.data;
      const next = { ...state, appeals: { ...state.appeals, [appealId]: { filed: event.data } } };
      return withDefendant(next, partyId, (defendant) => ({
        ...defendant,
        pendingAppealId: appealId,
      }));
    }
    case 'AppealDecided': {
      const appeal = state.appeals[event.data.appealId];
      if (!appeal) return state;
      const next = {
        ...state,
        appeals: { ...state.appeals, [event.data.appealId]: { ...appeal, decided: event.data } },
      };
      return withDefendant(next, event.data.partyId, (defendant) => afterAppeal(defendant, event));
    }
    case 'FinePaid':
    case 'PenaltyEnforced':
      return {
        ...state,
        enforcements: { ...state.enforcements, [event.data.enforcementId]: event.data },
      };
    case 'GoodsDisposed': {
      const { disposalId, itemId } = event.data;
      const item = state.items[itemId];
      return {
        ...state,
        disposals: { ...state.disposals, [disposalId]: event.data },
        items: item ? { ...state.items, [itemId]: { ...item, disposalId } } : state.items,
      };
    }
    case 'CaseClosed':
      return { ...state, status: 'closed', closure: event.data };
    case 'CaseReopened':
      return { ...state, status: 'open', reopenedAt: event.data.occurredAt };
    case 'CaseShared':
      return {
        ...state,
        shares: { ...state.shares, [event.data.shareId]: { shared: event.data } },
      };
    case 'CaseShareRevoked': {
      const share = state.shares[event.data.shareId];
      if (!share) return state;
      return {
        ...state,
        shares: { ...state.shares, [event.data.shareId]: { ...share, revoked: event.data } },
      };
    }
    case 'StageDeadlineMissed': {
      const { step, deadline, partyId } = event.data;
      return {
        ...state,
        missedDeadlines: [...state.missedDeadlines, deadlineKey(step, deadline, partyId)],
      };
    }
    case 'StageDeadlineMissWithdrawn': {
      const { step, deadline, partyId } = event.data;
      return {
        ...state,
        withdrawnMisses: [...state.withdrawnMisses, deadlineKey(step, deadline, partyId)],
      };
    }
    case 'DocumentAttached': {
      const record = { attached: event.data, corrections: [] };
      return { ...state, documents: { ...state.documents, [event.data.documentId]: record } };
    }
    case 'DocumentCorrected': {
      const record = state.documents[event.data.documentId];
      if (!record) return state;
      const corrected = { ...record, corrections: [...record.corrections, event.data] };
      return { ...state, documents: { ...state.documents, [event.data.documentId]: corrected } };
    }
    case 'ReportGapExplained': {
      const key = reportGapKey(event.data.report, event.data.column);
      return { ...state, reportGaps: { ...state.reportGaps, [key]: event.data } };
    }
  }
}
