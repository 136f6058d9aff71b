import type {
  Charge,
  DeadlineStep,
  CommodityItemDetails,
  PartyDetails,
  SentenceDetails,
  VerdictOutcome,
} from './case.data';
import type {
  AppealDecidedData,
  AppealFiledData,
  CaseClosedData,
  CaseReferredToProsecutionData,
  CaseSettledAdministrativelyData,
  CaseSharedData,
  CaseShareRevokedData,
  DocumentAttachedData,
  DocumentCorrectedData,
  FinePaidData,
  GoodsDisposedData,
  HearingAdjournedData,
  HearingScheduledData,
  LabResultRecordedData,
  PenaltyEnforcedData,
  ReferralAcceptedData,
  ReferralReturnedData,
  ReportGapExplainedData,
  SeizureRecordedData,
  SentenceImposedData,
} from './case.events';

export interface ItemState {
  readonly details: CommodityItemDetails;
  readonly removed?: { readonly reason: string; readonly occurredAt: string };
  readonly disposalId?: string;
}

export type SentenceRecord = SentenceDetails & {
  readonly sentenceId: string;
  readonly occurredAt: string;
};

export interface DefendantRecord {
  readonly charges: Readonly<Record<string, Charge>>;
  /** The earliest charges' business date (not the first recorded): the verdict clock starts there. */
  readonly chargedAt?: string;
  readonly declined?: { readonly reasonCode: string; readonly occurredAt: string };
  readonly withdrawn?: { readonly reasonCode: string; readonly occurredAt: string };
  /** A hearing was scheduled for the defendant or a plea recorded: the trial has begun. */
  readonly inCourt: boolean;
  readonly plea?: string;
  /** The verdict in force: an appeal that overturns it replaces it (onAppeal). */
  readonly verdict?: {
    readonly outcome: VerdictOutcome;
    readonly occurredAt: string;
    readonly onAppeal: boolean;
  };
  /** The sentence in force: a varied appeal replaces it, an overturned conviction removes it. */
  readonly sentence?: SentenceRecord;
  readonly pendingAppealId?: string;
}

export interface PartyState {
  readonly details: PartyDetails;
  readonly defendant: DefendantRecord;
}

export interface ReferralState {
  readonly request: CaseReferredToProsecutionData;
  readonly status: 'pending' | 'accepted' | 'returned';
  readonly accepted?: ReferralAcceptedData;
  readonly returned?: ReferralReturnedData;
}

/** An attached file: the facts of its bytes as attached, and its details as last corrected. */
export interface DocumentRecord {
  readonly attached: DocumentAttachedData;
  readonly corrections: readonly DocumentCorrectedData[];
}

export interface CaseState {
  readonly status: 'absent' | 'open' | 'closed';
  readonly seizure?: SeizureRecordedData;
  readonly items: Readonly<Record<string, ItemState>>;
  readonly parties: Readonly<Record<string, PartyState>>;
  readonly labResults: Readonly<Record<string, LabResultRecordedData>>;
  readonly settlement?: CaseSettledAdministrativelyData;
  readonly referral?: ReferralState;
  /** A decline of all defendants, which also covers an unknown offender. */
  readonly declinedAll?: { readonly reasonCode: string; readonly occurredAt: string };
  readonly hearings: Readonly<
    Record<
      string,
      { readonly scheduled: HearingScheduledData; readonly adjourned?: HearingAdjournedData }
    >
  >;
  readonly sentences: Readonly<Record<string, SentenceImposedData>>;
  readonly appeals: Readonly<
    Record<string, { readonly filed: AppealFiledData; readonly decided?: AppealDecidedData }>
  >;
  readonly enforcements: Readonly<Record<string, FinePaidData | PenaltyEnforcedData>>;
  readonly disposals: Readonly<Record<string, GoodsDisposedData>>;
  readonly shares: Readonly<
    Record<string, { readonly shared: CaseSharedData; readonly revoked?: CaseShareRevokedData }>
  >;
  /** Keys step|deadline|partyId of the deadlines already flagged, withdrawn ones included. */
  readonly missedDeadlines: readonly string[];
  /**
   * Keys of the flags withdrawn because the step was done in time by its business date. Kept apart
   * from the flags, so a fold in business-date order (where a withdrawal can come first) agrees.
   */
  readonly withdrawnMisses: readonly string[];
  readonly closure?: CaseClosedData;
  readonly reopenedAt?: string;
  readonly documents: Readonly<Record<string, DocumentRecord>>;
  /** Why a report's required column is empty, by reportGapKey; the latest explanation stands. */
  readonly reportGaps: Readonly<Record<string, ReportGapExplainedData>>;
}

/** One explanation per report and column of a case. */
export const reportGapKey = (report: string, column: string) => `${report}/${column}`;

export const initialCaseState = (): CaseState => ({
  status: 'absent',
  items: {},
  parties: {},
  labResults: {},
  hearings: {},
  sentences: {},
  appeals: {},
  enforcements: {},
  disposals: {},
  shares: {},
  missedDeadlines: [],
  withdrawnMisses: [],
  documents: {},
  reportGaps: {},
});

/** A file's details in force: as attached, or as its last correction says. */
export function documentDetailsOf({ attached, corrections }: DocumentRecord) {
  const latest = corrections.at(-1) ?? attached;
  return {
    documentId: attached.documentId,
    fileName: latest.fileName,
    attachedTo: latest.attachedTo,
    personalData: latest.personalData,
  };
}

export const newDefendant = (): DefendantRecord => ({ charges: {}, inCourt: false });

export interface DeadlineFlag {
  readonly step: DeadlineStep;
  readonly deadline: string;
  readonly partyId: string | undefined;
}

export function deadlineKey(step: string, deadline: string, partyId: string | undefined): string {
  return `${step}|${deadline}|${partyId ?? ''}`;
}

export function deadlineOfKey(key: string): DeadlineFlag {
  const [step, deadline = '', partyId = ''] = key.split('|');
  return { step: step as DeadlineStep, deadline, partyId: partyId === '' ? undefined : partyId };
}

/** The missed-deadline flags that stand: raised and not withdrawn. */
export function standingMissedDeadlines(state: CaseState): readonly string[] {
  return state.missedDeadlines.filter((key) => !state.withdrawnMisses.includes(key));
}
