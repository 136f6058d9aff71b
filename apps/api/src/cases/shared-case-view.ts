import { type CaseEventType, type CaseState, type ShareableField } from '@greenchain/domain';
import { type RecordedEvent } from '@greenchain/event-store';
import { today } from '../authorization/record-scope';

/**
 * Which part of a case each fact belongs to, so a share of some parts shows only those. Facts of no
 * part (closing, reopening, missed deadlines) are the case's own life and are always shown; who a
 * case is shared with is the owner's business and is never shown through a share.
 */
const partOf: Readonly<Record<CaseEventType, ShareableField | 'always' | 'never'>> = {
  SeizureRecorded: 'seizure',
  CommodityItemAdded: 'items',
  CommodityItemAmended: 'items',
  CommodityItemRemoved: 'items',
  LabResultRecorded: 'items',
  PartyAdded: 'parties',
  PartyAmended: 'parties',
  CaseSettledAdministratively: 'prosecution',
  CaseReferredToProsecution: 'prosecution',
  ReferralAccepted: 'prosecution',
  ReferralReturned: 'prosecution',
  ChargesFiled: 'prosecution',
  ProsecutionDeclined: 'prosecution',
  ChargesWithdrawn: 'prosecution',
  HearingScheduled: 'court',
  HearingAdjourned: 'court',
  PleaRecorded: 'court',
  VerdictRecorded: 'court',
  SentenceImposed: 'court',
  AppealFiled: 'court',
  AppealDecided: 'court',
  FinePaid: 'disposal',
  PenaltyEnforced: 'disposal',
  GoodsDisposed: 'disposal',
  CaseClosed: 'always',
  CaseReopened: 'always',
  StageDeadlineMissed: 'always',
  StageDeadlineMissWithdrawn: 'always',
  CaseShared: 'never',
  CaseShareRevoked: 'never',
  // How the owner files its own reports is its business, as who it shares with.
  ReportGapExplained: 'never',
  DocumentAttached: 'documents',
  DocumentCorrected: 'documents',
};

/** The parts of the state each shareable field covers. */
const stateParts: Readonly<Record<ShareableField, readonly (keyof CaseState)[]>> = {
  seizure: ['seizure'],
  items: ['items', 'labResults'],
  parties: ['parties'],
  prosecution: ['settlement', 'referral', 'declinedAll'],
  court: ['hearings', 'sentences', 'appeals'],
  disposal: ['disposals', 'enforcements'],
  evidence: [],
  documents: ['documents'],
};

/** The union of the fields of the country's active shares of the case. */
export function sharedFields(state: CaseState, country: string, on: string = today()): Set<string> {
  return new Set(
    Object.values(state.shares)
      .filter(
        ({ shared, revoked }) =>
          revoked === undefined && shared.until >= on && shared.country === country,
      )
      .flatMap(({ shared }) => shared.fields),
  );
}

/** A case as a country it is shared with sees it: only the shared parts, never the share list. */
export function sharedCaseView(
  state: CaseState,
  events: readonly RecordedEvent[],
  fields: ReadonlySet<string>,
): { state: Partial<CaseState>; events: RecordedEvent[] } {
  const hidden = new Set<keyof CaseState>(['shares']);
  for (const [field, parts] of Object.entries(stateParts)) {
    if (!fields.has(field)) for (const part of parts) hidden.add(part);
  }
  const visible = Object.fromEntries(
    Object.entries(state).filter(([key]) => !hidden.has(key as keyof CaseState)),
  ) as Partial<CaseState>;
  const shown = events.filter((event) => {
    const part = partOf[event.type as CaseEventType];
    return part === 'always' || (part !== 'never' && part !== undefined && fields.has(part));
  });
  return { state: visible, events: shown };
}

/**
 * Defendants' statuses are prosecution and court facts about parties: a share shows them only when
 * it includes both, as the case list's defendant counts do.
 */
export function showsDefendants(fields: ReadonlySet<string>): boolean {
  return fields.has('parties') && fields.has('prosecution');
}
