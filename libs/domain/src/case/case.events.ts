import type { DomainEvent } from '../decider';
import type { Money } from '../values';
import type {
  AddCommodityItemData,
  AddPartyData,
  AttachDocumentData,
  CorrectDocumentData,
  AdjournHearingData,
  CloseCaseData,
  DateOrdered,
  ExplainReportGapData,
  FileAppealData,
  FileChargesData,
  FlagDeadlineMissedData,
  RecordDisposalData,
  RecordLabResultData,
  RecordPleaData,
  RecordSeizureData,
  RecordVerdictData,
  ReferToProsecutionData,
  RemoveCommodityItemData,
  ReopenCaseData,
  ReturnReferralData,
  RevokeShareData,
  ScheduleHearingData,
  SettleAdministrativelyData,
  ShareCaseData,
} from './case.commands';
import type { AppealOutcome, PenaltyLine, SentenceDetails } from './case.data';

/** Business time from the command's metadata, kept in the data so rules and projections use it. */
type Stamped<T> = T & { readonly occurredAt: string };

export type SeizureRecordedData = Stamped<RecordSeizureData>;
export type CommodityItemData = Stamped<AddCommodityItemData>;
export type CommodityItemRemovedData = Stamped<RemoveCommodityItemData>;
export type PartyData = Stamped<AddPartyData>;
export type LabResultRecordedData = Stamped<RecordLabResultData>;
export type CaseSettledAdministrativelyData = Stamped<SettleAdministrativelyData>;
export type CaseReferredToProsecutionData = Stamped<ReferToProsecutionData>;
export type ReferralAcceptedData = Stamped<
  DateOrdered & {
    readonly referralId: string;
    readonly prosecutorId: string;
    readonly office: string;
  }
>;
export type ReferralReturnedData = Stamped<ReturnReferralData>;
export type ChargesFiledData = Stamped<FileChargesData>;
export type ProsecutionDeclinedData = Stamped<
  DateOrdered & {
    /** 'all' declines every defendant then without a charge decision (listed in partyIds). */
    readonly scope: 'all' | 'defendant';
    readonly partyIds: readonly string[];
    readonly reasonCode: string;
    readonly note?: string;
  }
>;
export type ChargesWithdrawnData = Stamped<
  DateOrdered & {
    readonly partyId: string;
    readonly chargeIds: readonly string[];
    readonly reasonCode: string;
    readonly note?: string;
  }
>;
export type HearingScheduledData = Stamped<ScheduleHearingData>;
export type HearingAdjournedData = Stamped<AdjournHearingData>;
export type PleaRecordedData = Stamped<RecordPleaData>;
export type VerdictRecordedData = Stamped<RecordVerdictData>;
export type SentenceImposedData = Stamped<
  SentenceDetails & DateOrdered & { readonly sentenceId: string; readonly partyId: string }
>;
export type AppealFiledData = Stamped<FileAppealData>;
export type AppealDecidedData = Stamped<
  DateOrdered & {
    readonly appealId: string;
    readonly partyId: string;
    readonly outcome: AppealOutcome;
    readonly newSentence?: SentenceDetails & { readonly sentenceId: string };
  }
>;
export type FinePaidData = Stamped<
  DateOrdered & {
    readonly enforcementId: string;
    readonly partyId: string;
    readonly amount: Money;
    readonly note?: string;
  }
>;
export type PenaltyEnforcedData = Stamped<
  DateOrdered & {
    readonly enforcementId: string;
    readonly partyId: string;
    readonly penaltyType: PenaltyLine['type'];
    readonly note?: string;
  }
>;
export type GoodsDisposedData = Stamped<RecordDisposalData>;
export type CaseClosedData = Stamped<CloseCaseData>;
export type CaseReopenedData = Stamped<ReopenCaseData>;
export type CaseSharedData = Stamped<ShareCaseData>;
export type CaseShareRevokedData = Stamped<RevokeShareData>;
export type StageDeadlineMissedData = Stamped<FlagDeadlineMissedData>;
/** The flag it withdraws (same step, deadline and party), dated as the decision that did the step. */
export type StageDeadlineMissWithdrawnData = Stamped<FlagDeadlineMissedData>;

export type DocumentAttachedData = Stamped<AttachDocumentData>;
export type DocumentCorrectedData = Stamped<CorrectDocumentData>;
/** Recorded when it was said; a later explanation of the same report and column replaces it. */
export type ReportGapExplainedData = Stamped<ExplainReportGapData>;

export type CaseEvent =
  | DomainEvent<'SeizureRecorded', SeizureRecordedData>
  | DomainEvent<'CommodityItemAdded', CommodityItemData>
  | DomainEvent<'CommodityItemAmended', CommodityItemData>
  | DomainEvent<'CommodityItemRemoved', CommodityItemRemovedData>
  | DomainEvent<'PartyAdded', PartyData>
  | DomainEvent<'PartyAmended', PartyData>
  | DomainEvent<'LabResultRecorded', LabResultRecordedData>
  | DomainEvent<'CaseSettledAdministratively', CaseSettledAdministrativelyData>
  | DomainEvent<'CaseReferredToProsecution', CaseReferredToProsecutionData>
  | DomainEvent<'ReferralAccepted', ReferralAcceptedData>
  | DomainEvent<'ReferralReturned', ReferralReturnedData>
  | DomainEvent<'ChargesFiled', ChargesFiledData>
  | DomainEvent<'ProsecutionDeclined', ProsecutionDeclinedData>
  | DomainEvent<'ChargesWithdrawn', ChargesWithdrawnData>
  | DomainEvent<'HearingScheduled', HearingScheduledData>
  | DomainEvent<'HearingAdjourned', HearingAdjournedData>
  | DomainEvent<'PleaRecorded', PleaRecordedData>
  | DomainEvent<'VerdictRecorded', VerdictRecordedData>
  | DomainEvent<'SentenceImposed', SentenceImposedData>
  | DomainEvent<'AppealFiled', AppealFiledData>
  | DomainEvent<'AppealDecided', AppealDecidedData>
  | DomainEvent<'FinePaid', FinePaidData>
  | DomainEvent<'PenaltyEnforced', PenaltyEnforcedData>
  | DomainEvent<'GoodsDisposed', GoodsDisposedData>
  | DomainEvent<'CaseClosed', CaseClosedData>
  | DomainEvent<'CaseReopened', CaseReopenedData>
  | DomainEvent<'CaseShared', CaseSharedData>
  | DomainEvent<'CaseShareRevoked', CaseShareRevokedData>
  | DomainEvent<'StageDeadlineMissed', StageDeadlineMissedData>
  | DomainEvent<'StageDeadlineMissWithdrawn', StageDeadlineMissWithdrawnData>
  | DomainEvent<'DocumentAttached', DocumentAttachedData>
  | DomainEvent<'DocumentCorrected', DocumentCorrectedData>
  | DomainEvent<'ReportGapExplained', ReportGapExplainedData>;

export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** Stored schema version per event type; a change of shape gets a new version and an upcaster. */
export const caseEventSchemaVersions = {
  /** 2: detectionMethods (a list) in place of detectionMethod; see case.upcasters.ts. */
  SeizureRecorded: 2,
  CommodityItemAdded: 1,
  CommodityItemAmended: 1,
  CommodityItemRemoved: 1,
  PartyAdded: 1,
  PartyAmended: 1,
  LabResultRecorded: 1,
  CaseSettledAdministratively: 1,
  CaseReferredToProsecution: 1,
  ReferralAccepted: 1,
  ReferralReturned: 1,
  ChargesFiled: 1,
  ProsecutionDeclined: 1,
  ChargesWithdrawn: 1,
  HearingScheduled: 1,
  HearingAdjourned: 1,
  PleaRecorded: 1,
  VerdictRecorded: 1,
  SentenceImposed: 1,
  AppealFiled: 1,
  AppealDecided: 1,
  FinePaid: 1,
  PenaltyEnforced: 1,
  GoodsDisposed: 1,
  CaseClosed: 1,
  CaseReopened: 1,
  CaseShared: 1,
  CaseShareRevoked: 1,
  StageDeadlineMissed: 1,
  StageDeadlineMissWithdrawn: 1,
  DocumentAttached: 1,
  DocumentCorrected: 1,
  ReportGapExplained: 1,
} as const satisfies Record<CaseEventType, number>;

export const caseEventTypes = Object.keys(caseEventSchemaVersions) as CaseEventType[];
