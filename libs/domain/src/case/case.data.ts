import type { AgeBand, PartySex } from '@greenchain/contracts';
import type { Money, Quantity } from '../values';

/** The codes the console offers too live in contracts (see case-codes.ts there). */
export {
  ageBands,
  type AgeBand,
  appealOutcomes,
  type AppealOutcome,
  closeReasons,
  type CloseReason,
  partySexes,
  type PartySex,
  shareableFields,
  type ShareableField,
  verdictOutcomes,
  type VerdictOutcome,
} from '@greenchain/contracts';

export const partyKinds = ['person', 'company'] as const;
export type PartyKind = (typeof partyKinds)[number];

/** Pending steps with a deadline: the list the analytics answer with lives in contracts. */
export { deadlineSteps, type DeadlineStep } from '@greenchain/contracts';

export interface Route {
  /** ISO 3166-1 alpha-2 codes. */
  readonly origin?: string;
  readonly departure?: string;
  readonly transit?: readonly string[];
  readonly destination?: string;
}

export interface SeizureDetails {
  readonly caseId: string;
  readonly country: string;
  readonly agency: string;
  readonly reference?: string;
  readonly location: { readonly name: string; readonly type: string };
  readonly direction: string;
  readonly transportMode: string;
  readonly conveyance?: string;
  readonly route: Route;
  /** Codes of the detectionMethods list, each once: officers often combine several (risk profiling, X-ray). */
  readonly detectionMethods: readonly string[];
  readonly concealmentMethod?: string;
  readonly concealmentNote?: string;
  /** Codes of the seizureReasons list: why the goods were seized. */
  readonly legalBasis: readonly string[];
  readonly legalBasisNote?: string;
  /**
   * The day the transboundary movement began (shipment), YYYY-MM-DD, when known: the Basel
   * Convention's illegal-traffic form dates a case by it, apart from the day of detection.
   */
  readonly movementStartedOn?: string;
}

export interface CitesDetails {
  readonly appendix?: 'I' | 'II' | 'III';
  readonly term?: string;
  readonly unit?: string;
  readonly source?: string;
}

export interface CommodityItemDetails {
  readonly itemId: string;
  readonly agreements: readonly string[];
  readonly hsDeclared?: string;
  readonly hsEstablished?: string;
  readonly descriptionDeclared?: string;
  readonly descriptionEstablished: string;
  readonly substance?: string;
  readonly species?: string;
  readonly cites?: CitesDetails;
  readonly baselCode?: string;
  /** Several lines where one is not enough ("400 cylinders", "30,980.8 kilograms"). */
  readonly quantities: readonly Quantity[];
  readonly containers?: number;
  readonly liveCount?: number;
  readonly estimatedValue?: Money;
  readonly valuationBasis?: string;
}

export interface IdDocument {
  readonly type: string;
  readonly number: string;
  readonly country?: string;
}

export interface PartyDetails {
  readonly partyId: string;
  readonly kind: PartyKind;
  /** A code of the partyRoles list (consignor, consignee, carrier ...). */
  readonly role: string;
  readonly name: string;
  readonly nationality?: string;
  readonly country?: string;
  /** A person's sex and age band, for the offender statistics; not identifying by themselves. */
  readonly sex?: PartySex;
  readonly ageBand?: AgeBand;
  readonly dateOfBirth?: string;
  readonly idDocument?: IdDocument;
  readonly registrationNumber?: string;
  readonly address?: string;
  readonly contact?: string;
}

export interface Charge {
  readonly chargeId: string;
  readonly statute: string;
  readonly section: string;
  /** ICCS Section 10 class, for comparability across countries. */
  readonly iccsClass: string;
  readonly description?: string;
}

export type PenaltyLine =
  | { readonly type: 'fine'; readonly amount: Money }
  | { readonly type: 'costs'; readonly amount: Money }
  | { readonly type: 'imprisonment'; readonly months: number; readonly suspended: boolean }
  | { readonly type: 'community_service'; readonly hours: number }
  | { readonly type: 'probation'; readonly months: number }
  | { readonly type: 'confiscation_of_goods'; readonly itemIds: readonly string[] }
  | {
      readonly type: 'confiscation_of_conveyance_or_assets';
      readonly description: string;
      readonly value?: Money;
    }
  | {
      readonly type: 'licence_revocation_or_trading_ban';
      readonly description: string;
      /** Absent for a permanent ban. */
      readonly months?: number;
    }
  | {
      readonly type: 'order_to_destroy_or_re_export';
      readonly order: 'destroy' | 're_export';
      readonly itemIds: readonly string[];
    }
  | { readonly type: 'cease_and_desist'; readonly description: string };

export type PenaltyType = PenaltyLine['type'];

/** The maxima the statute allows for the offence, so fine/maximum ratios can be computed. */
export interface StatutoryMaximum {
  readonly fine?: Money;
  readonly imprisonmentMonths?: number;
}

export interface SentenceDetails {
  readonly penaltyLines: readonly PenaltyLine[];
  readonly statutoryMaximum: StatutoryMaximum;
  /**
   * Why a penalty exceeds the recorded maximum (cumulative counts, a per-specimen maximum). Without
   * it such a sentence is refused, since it is far more often a typing error than the law.
   */
  readonly aboveMaximumReason?: string;
}
