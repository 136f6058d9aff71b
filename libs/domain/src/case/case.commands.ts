import {
  caseCommandRoles as caseCommandRoleTable,
  type MissingFactReason,
  type CaseCommandName,
  type DocumentPersonalData,
  type DocumentTarget,
} from '@greenchain/contracts';
import type { DomainCommand } from '../shared/command-metadata';
import type { Money } from '../values';
import type {
  AppealOutcome,
  Charge,
  CloseReason,
  CommodityItemDetails,
  DeadlineStep,
  PartyDetails,
  PenaltyLine,
  SeizureDetails,
  SentenceDetails,
  ShareableField,
  VerdictOutcome,
} from './case.data';

export interface DateOrdered {
  /** Why this fact is dated before an earlier stage (a late entry); the event records it. */
  readonly dateOrderReason?: string;
}

export type RecordSeizureData = SeizureDetails;
export type AddCommodityItemData = CommodityItemDetails & DateOrdered;
export type AmendCommodityItemData = CommodityItemDetails & DateOrdered;
export interface RemoveCommodityItemData extends DateOrdered {
  readonly itemId: string;
  readonly reason: string;
}
export type AddPartyData = PartyDetails & DateOrdered;
export type AmendPartyData = PartyDetails & DateOrdered;
export interface RecordLabResultData extends DateOrdered {
  readonly labResultId: string;
  readonly itemId: string;
  readonly laboratory: string;
  readonly method: string;
  readonly result: string;
  readonly substanceIdentified?: string;
}
export interface SettleAdministrativelyData extends DateOrdered {
  readonly settlementId: string;
  readonly partyIds: readonly string[];
  readonly penaltyLines: readonly PenaltyLine[];
  readonly reExportOrder: boolean;
  readonly note?: string;
}
export interface ReferToProsecutionData extends DateOrdered {
  readonly referralId: string;
  readonly office: string;
  readonly summary: string;
}
export interface AcceptReferralData extends DateOrdered {
  readonly referralId: string;
}
export interface ReturnReferralData extends DateOrdered {
  readonly referralId: string;
  readonly reason: string;
}
export interface FileChargesData extends DateOrdered {
  readonly partyId: string;
  readonly charges: readonly Charge[];
}
export interface DeclineProsecutionData extends DateOrdered {
  /** One defendant; absent for all defendants without a charge decision (offender unknown too). */
  readonly partyId?: string;
  /** A code of the declineReasons list. */
  readonly reasonCode: string;
  readonly note?: string;
}
export interface WithdrawChargesData extends DateOrdered {
  readonly partyId: string;
  readonly reasonCode: string;
  readonly note?: string;
}
export interface ScheduleHearingData extends DateOrdered {
  readonly hearingId: string;
  readonly partyIds: readonly string[];
  readonly court: string;
  readonly scheduledFor: string;
  readonly purpose: string;
}
export interface AdjournHearingData extends DateOrdered {
  readonly hearingId: string;
  readonly reason: string;
}
export interface RecordPleaData extends DateOrdered {
  readonly partyId: string;
  /** A code of the pleas list. */
  readonly plea: string;
}
export interface RecordVerdictData extends DateOrdered {
  readonly partyId: string;
  readonly outcome: VerdictOutcome;
  readonly note?: string;
}
export interface ImposeSentenceData extends SentenceDetails, DateOrdered {
  readonly sentenceId: string;
  readonly partyId: string;
}
export interface FileAppealData extends DateOrdered {
  readonly appealId: string;
  readonly partyId: string;
  readonly appellant: 'defence' | 'prosecution';
  readonly against: 'verdict' | 'sentence';
  readonly grounds?: string;
}
export interface DecideAppealData extends DateOrdered {
  readonly appealId: string;
  readonly outcome: AppealOutcome;
  /** Required when varied: the sentence that replaces the first. */
  readonly newSentence?: SentenceDetails & { readonly sentenceId: string };
}
export type RecordPenaltyEnforcementData = DateOrdered & {
  readonly enforcementId: string;
  readonly partyId: string;
  readonly note?: string;
} & (
    | { readonly kind: 'fine_paid'; readonly amount: Money }
    | { readonly kind: 'penalty_enforced'; readonly penaltyType: PenaltyLine['type'] }
  );
export interface RecordDisposalData extends DateOrdered {
  readonly disposalId: string;
  readonly itemId: string;
  /** A code of the disposalMethods list, other than held_as_evidence (which is no disposal). */
  readonly method: string;
  readonly cost?: Money;
  readonly note?: string;
}
export interface CloseCaseData extends DateOrdered {
  readonly reasonCode: CloseReason;
  readonly note?: string;
}
export interface ReopenCaseData extends DateOrdered {
  readonly reason: string;
}
export interface ShareCaseData extends DateOrdered {
  readonly shareId: string;
  readonly country: string;
  readonly agency: string;
  readonly fields: readonly ShareableField[];
  /** Last day of access (YYYY-MM-DD). */
  readonly until: string;
}
export interface RevokeShareData extends DateOrdered {
  readonly shareId: string;
  readonly reason?: string;
}
export interface FlagDeadlineMissedData {
  readonly step: DeadlineStep;
  /** The day the step was due (YYYY-MM-DD). */
  readonly deadline: string;
  /** For the verdict clock, which runs per defendant. */
  readonly partyId?: string;
}

/** What an officer says about an attached file; the file's own facts come from its bytes. */
export interface DocumentDetails {
  readonly documentId: string;
  /** The name the file was sent with: free text, so it is part of the case's narrative. */
  readonly fileName: string;
  readonly attachedTo: DocumentTarget;
  readonly personalData: DocumentPersonalData;
}

export interface AttachDocumentData extends DocumentDetails, DateOrdered {
  /** The Content-Type the client sent, as sent. */
  readonly declaredType: string;
  /** The type the server found in the bytes: the one the allow-list and readers trust. */
  readonly detectedType: string;
  /** Bytes. */
  readonly size: number;
  /** Hex SHA-256 of the bytes as stored; the storage is addressed by it. */
  readonly sha256: string;
}

/** A wrong name, target or personal-data marking, corrected; the bytes never change. */
export interface CorrectDocumentData extends DocumentDetails, DateOrdered {
  readonly reason: string;
}

/** Why a column a treaty report requires is empty for this case. */
export interface ExplainReportGapData {
  /** The report (a reportFormats name). */
  readonly report: string;
  /** The column's key in that report's template. */
  readonly column: string;
  readonly reason: MissingFactReason;
  readonly note?: string;
}

export type RecordSeizure = DomainCommand<'RecordSeizure', RecordSeizureData>;
export type AddCommodityItem = DomainCommand<'AddCommodityItem', AddCommodityItemData>;
export type AmendCommodityItem = DomainCommand<'AmendCommodityItem', AmendCommodityItemData>;
export type RemoveCommodityItem = DomainCommand<'RemoveCommodityItem', RemoveCommodityItemData>;
export type AddParty = DomainCommand<'AddParty', AddPartyData>;
export type AmendParty = DomainCommand<'AmendParty', AmendPartyData>;
export type RecordLabResult = DomainCommand<'RecordLabResult', RecordLabResultData>;
export type SettleAdministratively = DomainCommand<
  'SettleAdministratively',
  SettleAdministrativelyData
>;
export type ReferToProsecution = DomainCommand<'ReferToProsecution', ReferToProsecutionData>;
export type AcceptReferral = DomainCommand<'AcceptReferral', AcceptReferralData>;
export type ReturnReferral = DomainCommand<'ReturnReferral', ReturnReferralData>;
export type FileCharges = DomainCommand<'FileCharges', FileChargesData>;
export type DeclineProsecution = DomainCommand<'DeclineProsecution', DeclineProsecutionData>;
export type WithdrawCharges = DomainCommand<'WithdrawCharges', WithdrawChargesData>;
export type ScheduleHearing = DomainCommand<'ScheduleHearing', ScheduleHearingData>;
export type AdjournHearing = DomainCommand<'AdjournHearing', AdjournHearingData>;
export type RecordPlea = DomainCommand<'RecordPlea', RecordPleaData>;
export type RecordVerdict = DomainCommand<'RecordVerdict', RecordVerdictData>;
export type ImposeSentence = DomainCommand<'ImposeSentence', ImposeSentenceData>;
export type FileAppeal = DomainCommand<'FileAppeal', FileAppealData>;
export type DecideAppeal = DomainCommand<'DecideAppeal', DecideAppealData>;
export type RecordPenaltyEnforcement = DomainCommand<
  'RecordPenaltyEnforcement',
  RecordPenaltyEnforcementData
>;
export type RecordDisposal = DomainCommand<'RecordDisposal', RecordDisposalData>;
export type CloseCase = DomainCommand<'CloseCase', CloseCaseData>;
export type ReopenCase = DomainCommand<'ReopenCase', ReopenCaseData>;
export type ShareCase = DomainCommand<'ShareCase', ShareCaseData>;
export type RevokeShare = DomainCommand<'RevokeShare', RevokeShareData>;
export type FlagDeadlineMissed = DomainCommand<'FlagDeadlineMissed', FlagDeadlineMissedData>;
export type AttachDocument = DomainCommand<'AttachDocument', AttachDocumentData>;
export type CorrectDocument = DomainCommand<'CorrectDocument', CorrectDocumentData>;
export type ExplainReportGap = DomainCommand<'ExplainReportGap', ExplainReportGapData>;

export type CaseCommand =
  | RecordSeizure
  | AddCommodityItem
  | AmendCommodityItem
  | RemoveCommodityItem
  | AddParty
  | AmendParty
  | RecordLabResult
  | SettleAdministratively
  | ReferToProsecution
  | AcceptReferral
  | ReturnReferral
  | FileCharges
  | DeclineProsecution
  | WithdrawCharges
  | ScheduleHearing
  | AdjournHearing
  | RecordPlea
  | RecordVerdict
  | ImposeSentence
  | FileAppeal
  | DecideAppeal
  | RecordPenaltyEnforcement
  | RecordDisposal
  | CloseCase
  | ReopenCase
  | ShareCase
  | RevokeShare
  | AttachDocument
  | CorrectDocument
  | ExplainReportGap
  | FlagDeadlineMissed;

export type CaseCommandType = CaseCommand['type'];

/**
 * Who may issue each command: the table lives in contracts so the console offers what the API
 * accepts. Typed here by the domain's commands, so a command missing from the table, or a command
 * the domain lacks, does not compile.
 */
export const caseCommandRoles: {
  readonly [T in CaseCommandType]: (typeof caseCommandRoleTable)[T];
} & Record<Exclude<CaseCommandName, CaseCommandType>, never> = caseCommandRoleTable;
