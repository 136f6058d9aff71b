import { type AgeBand, type CaseDetail, type PartySex } from '@greenchain/contracts';
import { type Personal } from '../common/personal-text';

interface Money {
  readonly amount: number;
  readonly currency: string;
}

export interface CommodityItem {
  readonly itemId: string;
  readonly agreements: readonly string[];
  readonly hsDeclared?: string;
  readonly hsEstablished?: string;
  readonly descriptionDeclared?: string;
  readonly descriptionEstablished: string;
  readonly substance?: string;
  readonly species?: string;
  readonly quantities: readonly { readonly amount: number; readonly unit: string }[];
  readonly estimatedValue?: Money;
  readonly cites?: { readonly appendix?: string; readonly term?: string; readonly unit?: string };
}

export interface LabResult {
  readonly labResultId: string;
  readonly itemId: string;
  readonly laboratory: string;
  readonly method: string;
  readonly result: string;
  readonly substanceIdentified?: string;
}

export type { Personal };

export interface Party {
  readonly partyId: string;
  readonly kind: 'person' | 'company';
  readonly role: string;
  readonly name: Personal<string>;
  readonly nationality?: string;
  readonly country?: string;
  readonly sex?: PartySex;
  readonly ageBand?: AgeBand;
}

/** A party as a defendant: the steps of the chain that name them. */
export interface Defendant {
  readonly charges: Readonly<Record<string, unknown>>;
  readonly verdict?: { readonly outcome: string };
}

export interface Share {
  readonly shared: {
    readonly shareId: string;
    readonly country: string;
    readonly agency: string;
    readonly fields: readonly string[];
    readonly until: string;
  };
  readonly revoked?: unknown;
}

export interface CaseState {
  readonly status: 'open' | 'closed';
  readonly seizure?: {
    readonly country: string;
    readonly agency: string;
    readonly reference?: string;
    readonly location: { readonly name: string; readonly type: string };
    readonly route: { readonly origin?: string; readonly transit?: string[]; destination?: string };
    readonly occurredAt?: string;
  };
  readonly items: Readonly<Record<string, { details: CommodityItem; removed?: unknown }>>;
  readonly parties: Readonly<Record<string, { details: Party; defendant?: Defendant }>>;
  readonly labResults: Readonly<Record<string, LabResult>>;
  readonly referral?: {
    readonly request: { readonly referralId: string; readonly office: string };
    readonly status: 'pending' | 'accepted' | 'returned';
  };
  readonly hearings: Readonly<
    Record<string, { scheduled: { court: string }; adjourned?: unknown }>
  >;
  readonly appeals: Readonly<Record<string, { filed: { partyId: string }; decided?: unknown }>>;
  readonly shares: Readonly<Record<string, Share>>;
  readonly sentences?: Readonly<Record<string, { sentenceId: string; partyId: string }>>;
  readonly disposals?: Readonly<
    Record<string, { disposalId: string; itemId: string; method: string }>
  >;
}

/** GET /api/cases/:id: the folded case, where the chain stands, and every fact. */
export type CaseRecord = CaseDetail<CaseState>;

export function partyName(party: Party): string | null {
  return typeof party.name === 'string' ? party.name : null;
}
