import data from './data/code-lists.json';
import type { Confidence } from './provenance';

export interface ListedCode {
  readonly code: string;
  readonly label: string;
  readonly confidence?: Confidence;
  /** The Basel-specific seizure reasons name their agreement. */
  readonly agreement?: string;
  /** Quantity units: the CITES Trade Database unit code, where there is one. */
  readonly citesCode?: string;
  readonly note?: string;
}

export type CodeListName = keyof typeof data;

export const codeListNames = Object.keys(data) as readonly CodeListName[];

export function codeList(name: CodeListName): readonly ListedCode[] {
  return data[name] as readonly ListedCode[];
}

export function isListedCode(name: CodeListName, value: unknown): value is string {
  return typeof value === 'string' && codeList(name).some((entry) => entry.code === value);
}

export function isUnitCode(value: unknown): value is string {
  return isListedCode('quantityUnits', value);
}
