import data from './data/iccs.json';
import type { Confidence } from './provenance';

export interface IccsClass {
  readonly code: string;
  readonly label: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

export const iccsVersion = data.version;
export const iccsSection = data.section;
export const iccsClasses = data.classes as readonly IccsClass[];

/** ICCS Section 10 (acts against the natural environment) classes at level 2. */
export function iccsClass(code: string): IccsClass | undefined {
  return iccsClasses.find((entry) => entry.code === code.trim());
}

export function isIccsClass(code: unknown): boolean {
  return typeof code === 'string' && iccsClass(code) !== undefined;
}
