import data from './data/ods-substances.json';
import type { Confidence } from './provenance';

export interface OdsSubstance {
  readonly name: string;
  /** Montreal Protocol Annex group (A-I, C-I, F ...); null for blends, which have none. */
  readonly group: string | null;
  readonly groupConfidence: Confidence | null;
  readonly hs: string | null;
  readonly hsConfidence: Confidence | null;
  /** For blends, whose subheading depends on the composition. */
  readonly hsCandidates?: readonly string[];
  readonly notes?: string;
}

export const odsSubstances = data as readonly OdsSubstance[];

const key = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

export function odsSubstance(name: string): OdsSubstance | undefined {
  return odsSubstances.find((substance) => key(substance.name) === key(name));
}

export function odsSubstancesForHsCode(code: string): readonly OdsSubstance[] {
  return odsSubstances.filter(
    (substance) => substance.hs === code || (substance.hsCandidates ?? []).includes(code),
  );
}
