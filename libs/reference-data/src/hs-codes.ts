import chapters from './data/hs-chapters.json';
import data from './data/hs-codes.json';
import type { AgreementCode } from './agreements';
import type { Confidence } from './provenance';

export interface HsEntry {
  /** A subheading ("2903.71") or, where the report gives only that, a heading ("2620"). */
  readonly code: string;
  readonly agreements: readonly AgreementCode[];
  readonly description: string;
  readonly confidence: Confidence;
  /** Set where the link to one agreement is only recalled (Rotterdam Annex III, CWC Schedules). */
  readonly agreementConfidence?: Partial<Record<AgreementCode, Confidence>>;
  readonly cwcSchedule?: number;
  readonly note?: string;
}

export interface HsChapter {
  readonly code: string;
  readonly name: string;
}

export const hsEdition = data.hsEdition;
export const hsEntries = data.entries as readonly HsEntry[];
export const hsChapters = chapters.entries as readonly HsChapter[];

const hsPattern = /^(\d{4})(?:\.?(\d{2})(?:\.?(\d{2,4}))?)?$/;

export interface HsCodeParts {
  readonly chapter: string;
  readonly heading: string;
  readonly subheading?: string;
  /** Digits past the six of the HS, from a national tariff. */
  readonly nationalExtension?: string;
}

/** Reads "2903.71", "290371", "2903.71.10" or "2903" into its parts; undefined if it is not an HS code. */
export function parseHsCode(value: string): HsCodeParts | undefined {
  const match = hsPattern.exec(value.trim());
  if (!match) return undefined;
  const [, heading = '', sub, national] = match;
  return {
    chapter: heading.slice(0, 2),
    heading,
    ...(sub === undefined ? {} : { subheading: `${heading}.${sub}` }),
    ...(national === undefined ? {} : { nationalExtension: national }),
  };
}

export function hsChapter(value: string): HsChapter | undefined {
  const parts = parseHsCode(value);
  return parts && hsChapters.find((chapter) => chapter.code === parts.chapter);
}

/** The reference entry for a code: its subheading, else its heading when only the heading is listed. */
export function hsEntry(value: string): HsEntry | undefined {
  const parts = parseHsCode(value);
  if (!parts) return undefined;
  return (
    hsEntries.find((entry) => entry.code === parts.subheading) ??
    hsEntries.find((entry) => entry.code === parts.heading)
  );
}

/** Which agreements an HS code suggests. Indicative only: the mapping is not the WCO table. */
export function agreementsForHsCode(value: string): readonly AgreementCode[] {
  return hsEntry(value)?.agreements ?? [];
}
