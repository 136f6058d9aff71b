import { dropOutReasons } from './drop-outs';

/**
 * Where a case stands, derived from its events (never set directly). In order of progress; the case
 * takes the most advanced stage among its defendants. ADMINISTRATIVE_SETTLEMENT is a legitimate end
 * of the chain, counted separately; CLOSED overrides every other stage until the case is reopened.
 */
export const caseStages = [
  'DETECTION',
  'ADMINISTRATIVE_SETTLEMENT',
  'REFERRED',
  'PROSECUTION',
  'CHARGED',
  'TRIAL',
  'SENTENCED',
  'APPEAL',
  'CLOSED',
] as const;
export type CaseStage = (typeof caseStages)[number];

/** A stage on a case's chain stepper; `skipped` is a side exit not taken, or a stage a closure cut short. */
export const stepStatuses = ['done', 'current', 'upcoming', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** The stages a single defendant moves through once a prosecutor has accepted the referral. */
export const defendantStages = ['PROSECUTION', 'CHARGED', 'TRIAL', 'SENTENCED', 'APPEAL'] as const;
export type DefendantStage = (typeof defendantStages)[number];

/** Where one defendant's chain stands; all but suspect, charged and convicted are terminal. */
export const defendantStatuses = [
  'suspect',
  'charged',
  'declined',
  'withdrawn',
  'convicted',
  'acquitted',
  'dismissed_on_merits',
  'dismissed_procedural',
  'sentenced',
  'overturned_on_appeal',
] as const;
export type DefendantStatus = (typeof defendantStatuses)[number];

/** Statuses where a defendant's chain has stopped without a conviction in force. */
export const endedWithoutConviction: ReadonlySet<DefendantStatus> = new Set<DefendantStatus>(
  dropOutReasons,
);

/** Whether a status (as a record reports it) is one where the defendant's chain stopped. */
export const hasEndedWithoutConviction = (status: string): boolean =>
  (endedWithoutConviction as ReadonlySet<string>).has(status);

/** How the chain stands as a whole: still moving, or where and how it ended. */
export const chainOutcomes = [
  'open',
  'settled_administratively',
  'ended_without_conviction',
  'concluded_with_sentence',
] as const;
export type ChainOutcome = (typeof chainOutcomes)[number];
