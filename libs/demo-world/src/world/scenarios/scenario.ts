import type { CommodityItemDetails } from '@greenchain/domain';
import type { Random } from '../../random';

export type CoreAgreement = 'MP' | 'BC' | 'RC' | 'SC' | 'CITES' | 'CPB' | 'CWC';

/** The seven agreements of the Green Customs Initiative (Minamata is outside its core set). */
export const coreAgreements: readonly CoreAgreement[] = [
  'MP',
  'BC',
  'RC',
  'SC',
  'CITES',
  'CPB',
  'CWC',
];

export type ItemDraft = Omit<CommodityItemDetails, 'itemId'>;

/**
 * One recurring smuggling pattern from the research notes: what is moved, how it is declared, how it
 * travels and hides, and what happens to it once seized.
 */
export interface Scenario {
  readonly key: string;
  readonly agreement: CoreAgreement;
  readonly weight: number;
  readonly transportModes: readonly string[];
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  readonly concealment: readonly (string | undefined)[];
  readonly legalBasis: readonly string[];
  readonly disposals: readonly string[];
  readonly item: (random: Random) => ItemDraft;
  /** What a laboratory or field test establishes, when one is run. */
  readonly lab?: { readonly method: string; readonly result: string; readonly substance?: string };
}

/** Helpers of the scenarios' quantities and values. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
export const usd = (amount: number) => ({ amount: Math.round(amount), currency: 'USD' });
export const eur = (amount: number) => ({ amount: Math.round(amount), currency: 'EUR' });
