import type { MissingFactReason } from '@greenchain/contracts';

/**
 * What the treaty and enforcement reports read of one case: the facts of the seizure, its items,
 * its defendants and how the case ended, as plain data without any personal field (no names,
 * birth dates, documents or contacts, no free-text notes). The read model `report_facts` holds one
 * per case; every report is a pure function of a list of them.
 */
export interface ReportCase {
  readonly caseId: string;
  readonly reference: string | null;
  /** ISO 3166-1 alpha-2 code of the seizing country. */
  readonly country: string;
  readonly agency: string;
  /** Business dates are YYYY-MM-DD. */
  readonly seizedOn: string | null;
  /** The day the transboundary movement began, when recorded with the seizure. */
  readonly movementStartedOn: string | null;
  readonly location: { readonly name: string; readonly type: string } | null;
  readonly direction: string | null;
  readonly transportMode: string | null;
  readonly route: ReportRoute;
  readonly detectionMethods: readonly string[];
  readonly concealmentMethod: string | null;
  /** Codes of the seizureReasons list. */
  readonly seizureReasons: readonly string[];
  readonly items: readonly ReportItem[];
  readonly defendants: readonly ReportDefendant[];
  readonly settlement: ReportSettlement | null;
  readonly referredOn: string | null;
  /** The chain outcome (open, settled_administratively, concluded_with_sentence, ...). */
  readonly outcome: string;
  readonly closure: { readonly on: string; readonly reasonCode: string } | null;
  /** Why a report's required column is empty, as recorded (the note, free text, stays out). */
  readonly gapExplanations: readonly ReportGapExplanation[];
}

export interface ReportGapExplanation {
  readonly report: string;
  readonly column: string;
  readonly reason: MissingFactReason;
}

export interface ReportRoute {
  readonly origin: string | null;
  readonly departure: string | null;
  readonly transit: readonly string[];
  readonly destination: string | null;
}

export interface ReportQuantity {
  readonly amount: number;
  /** A code of the quantityUnits list. */
  readonly unit: string;
}

export interface ReportMoney {
  readonly amount: number;
  readonly currency: string;
}

export interface ReportItem {
  readonly itemId: string;
  readonly agreements: readonly string[];
  readonly hsDeclared: string | null;
  readonly hsEstablished: string | null;
  readonly descriptionDeclared: string | null;
  readonly descriptionEstablished: string;
  readonly species: string | null;
  readonly substance: string | null;
  readonly cites: {
    readonly appendix: string | null;
    readonly term: string | null;
    readonly unit: string | null;
    readonly source: string | null;
  } | null;
  readonly baselCode: string | null;
  readonly quantities: readonly ReportQuantity[];
  readonly estimatedValue: ReportMoney | null;
  readonly disposal: { readonly method: string; readonly on: string } | null;
}

export interface ReportPenalty {
  /** A code of the penaltyTypes list. */
  readonly type: string;
  readonly amount: ReportMoney | null;
  readonly months: number | null;
  readonly suspended: boolean | null;
}

export interface ReportDefendant {
  readonly partyId: string;
  readonly kind: string;
  readonly role: string;
  /** A person's nationality, or a company's country (ISO alpha-2); not personal data by itself. */
  readonly nationality: string | null;
  /**
   * A person's sex and age band (partySexes, ageBands codes; null for a company or when not
   * recorded): categories for the offender statistics, not identifying by themselves.
   */
  readonly sex: string | null;
  readonly ageBand: string | null;
  readonly charges: readonly {
    readonly statute: string;
    readonly section: string;
    readonly iccsClass: string;
  }[];
  readonly chargedOn: string | null;
  readonly declinedOn: string | null;
  readonly withdrawnOn: string | null;
  /** The verdict in force. */
  readonly verdict: { readonly outcome: string; readonly on: string } | null;
  /** The sentence in force. */
  readonly sentence: { readonly on: string; readonly penalties: readonly ReportPenalty[] } | null;
}

export interface ReportSettlement {
  readonly on: string;
  readonly penalties: readonly ReportPenalty[];
  readonly reExportOrder: boolean;
}
