import type { DomainEvent } from '../decider';
import type { EvidenceEventType } from '../evidence/evidence.events';
import type { CaseEventType } from './case.events';

const penaltyDescriptions = 'penaltyLines.*.description';

/**
 * The free text users type, by event type: notes, reasons, summaries, grounds, descriptions of
 * charges, penalties and exhibits, custody conditions and findings, whom an exhibit went to, the
 * witness of its destruction. It may name or describe anyone, so it is personal data of the case.
 * `*` stands for every item of an array. Every event may also carry `dateOrderReason`.
 *
 * Left readable: codes, dates, amounts, places, and the goods' own descriptions, laboratory methods
 * and results, which describe what was seized (the subject of the analysis), not people.
 */
const narrativePaths: Readonly<Record<CaseEventType | EvidenceEventType, readonly string[]>> = {
  SeizureRecorded: ['concealmentNote', 'legalBasisNote'],
  CommodityItemAdded: [],
  CommodityItemAmended: [],
  CommodityItemRemoved: ['reason'],
  PartyAdded: [],
  PartyAmended: [],
  LabResultRecorded: [],
  CaseSettledAdministratively: ['note', penaltyDescriptions],
  CaseReferredToProsecution: ['summary'],
  ReferralAccepted: [],
  ReferralReturned: ['reason'],
  ChargesFiled: ['charges.*.description'],
  ProsecutionDeclined: ['note'],
  ChargesWithdrawn: ['note'],
  HearingScheduled: ['purpose'],
  HearingAdjourned: ['reason'],
  PleaRecorded: [],
  VerdictRecorded: ['note'],
  SentenceImposed: ['aboveMaximumReason', penaltyDescriptions],
  AppealFiled: ['grounds'],
  AppealDecided: ['newSentence.aboveMaximumReason', `newSentence.${penaltyDescriptions}`],
  FinePaid: ['note'],
  PenaltyEnforced: ['note'],
  GoodsDisposed: ['note'],
  CaseClosed: ['note'],
  CaseReopened: ['reason'],
  CaseShared: [],
  CaseShareRevoked: ['reason'],
  StageDeadlineMissed: [],
  StageDeadlineMissWithdrawn: [],
  DocumentAttached: ['fileName'],
  DocumentCorrected: ['fileName', 'reason'],
  ReportGapExplained: ['note'],
  EvidenceRegistered: ['description'],
  EvidenceSealed: [],
  CustodyTransferred: ['condition'],
  EvidenceExamined: ['findings'],
  EvidenceReleased: ['releasedTo', 'reason'],
  EvidenceDestroyed: ['reason', 'witness'],
};

const everyEvent = ['dateOrderReason'];

/** The free-text paths of a type, patterns included (for documentation and tests). */
export function narrativePathsOf(type: string): readonly string[] {
  return Object.hasOwn(narrativePaths, type)
    ? [...narrativePaths[type as keyof typeof narrativePaths], ...everyEvent]
    : [];
}

/** The free-text paths present in this event, with array items by index (`charges.0.description`). */
export function narrativeFieldsOf(event: DomainEvent): string[] {
  return narrativePathsOf(event.type).flatMap((pattern) =>
    presentPaths(event.data, pattern.split('.'), ''),
  );
}

function presentPaths(node: unknown, keys: readonly string[], prefix: string): string[] {
  if (node === undefined) return [];
  const [key, ...rest] = keys;
  if (key === undefined) return [prefix];
  if (node === null || typeof node !== 'object') return [];
  const join = (name: string) => (prefix === '' ? name : `${prefix}.${name}`);
  if (key === '*') {
    if (!Array.isArray(node)) return [];
    return node.flatMap((item, index) => presentPaths(item, rest, join(String(index))));
  }
  if (!Object.hasOwn(node, key)) return [];
  return presentPaths((node as Record<string, unknown>)[key], rest, join(key));
}
