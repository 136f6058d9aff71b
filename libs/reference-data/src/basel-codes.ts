import data from './data/basel-codes.json';
import { normaliseCode, type Confidence } from './provenance';

export type BaselList = 'annexI' | 'annexII' | 'listA' | 'listB';

export interface BaselCode {
  readonly code: string;
  readonly description: string;
  readonly confidence: Confidence;
  readonly list: BaselList;
  /** Annex I only: Y1-Y18 are waste streams, Y19-Y45 constituents. */
  readonly category?: 'waste_stream' | 'constituent';
  /** ISO date, or a year where the source gives only the year. */
  readonly effectiveFrom?: string;
  readonly deletedFrom?: string;
  readonly replacedBy?: string;
  readonly note?: string;
}

type RawBaselCode = Omit<BaselCode, 'list'>;

const lists: readonly BaselList[] = ['annexI', 'annexII', 'listA', 'listB'];

export const baselCodes: readonly BaselCode[] = lists.flatMap((list) =>
  (data[list] as readonly RawBaselCode[]).map((entry) => ({ ...entry, list })),
);

export const baselIllegalTrafficCategories = data.illegalTrafficCategories;

/** A Y, A or B code as listed (older, deleted codes included, so older cases stay valid). */
export function baselCode(code: string): BaselCode | undefined {
  const wanted = normaliseCode(code);
  return baselCodes.find((entry) => entry.code === wanted);
}

export function isBaselCode(code: unknown): boolean {
  return typeof code === 'string' && baselCode(code) !== undefined;
}
