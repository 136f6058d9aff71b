import { hsChapter, hsEntries, type HsEntry, parseHsCode } from './hs-codes';
import { isKnownHsHeading } from './hs-headings';

const digitsOf = (value: string) => value.replace(/[.\s]/g, '');

function matches(entry: HsEntry, query: string): boolean {
  const digits = digitsOf(query);
  if (/^\d+$/.test(digits)) return digitsOf(entry.code).startsWith(digits);
  return entry.description.toLowerCase().includes(query.toLowerCase());
}

/** A heading the reference list does not describe is still a valid HS code for an officer to pick. */
function headingOnly(query: string): HsEntry | undefined {
  const parts = parseHsCode(query);
  if (!parts || !isKnownHsHeading(parts.heading)) return undefined;
  const code = parts.subheading ?? parts.heading;
  return {
    code,
    agreements: [],
    description: hsChapter(code)?.name ?? '',
    confidence: 'verified',
  };
}

/**
 * HS codes for an autocomplete: reference entries whose code starts with the digits typed, or whose
 * description contains the words typed; a well-formed code under a real heading is offered even when
 * no entry describes it, so the list never hides a valid code.
 */
export function searchHsEntries(query: string, limit: number): readonly HsEntry[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const found = hsEntries.filter((entry) => matches(entry, trimmed)).slice(0, limit);
  const exact = headingOnly(trimmed);
  if (found.length > 0 || !exact) return found;
  return [exact];
}
