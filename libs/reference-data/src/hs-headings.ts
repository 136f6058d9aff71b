import data from './data/hs-headings.json';
import { parseHsCode } from './hs-codes';

/** The four-digit headings of the HS edition in `hsEdition`, in order ("0101" ... "9706"). */
export const hsHeadings: readonly string[] = data.headings;

const headings = new Set(hsHeadings);

/** Whether the heading of an HS code ("2903", "2903.71", "290371", "2903.71.10") exists in HS 2022. */
export function isKnownHsHeading(value: string): boolean {
  const parts = parseHsCode(value);
  return parts !== undefined && headings.has(parts.heading);
}
