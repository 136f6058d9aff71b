import { type ChainStrengthPart, type ChainStrengthRow } from '@greenchain/contracts';

/** A figure as a reader may see it: its value, hidden (small cells) or unknown (no basis). */
export type ShownFigure =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'hidden' }
  | { readonly kind: 'unknown' };

/** Below this many seized cases a country has no index (libs/metrics, chain-strength.ts). */
const minimumIndexCases = 5;

const hidden: ShownFigure = { kind: 'hidden' };
const unknown: ShownFigure = { kind: 'unknown' };

/** A count: null only where small cells hide it (the API never answers an unknown count). */
export function shownCount(count: number | null): ShownFigure {
  return count === null ? hidden : { kind: 'value', value: count };
}

/** A part's score: hidden with a count behind it, else unknown when the API has no figure. */
export function shownPart(row: ChainStrengthRow, part: ChainStrengthPart): ShownFigure {
  const figures = row.parts[part];
  if (figures.value !== null) return { kind: 'value', value: figures.value };
  return row.suppressed && (figures.count === null || figures.of === null) ? hidden : unknown;
}

/** The index hides with any count it rests on (docs/metrics.md, section 7). */
export function shownIndex(row: ChainStrengthRow): ShownFigure {
  if (row.index !== null) return { kind: 'value', value: row.index };
  if (row.cases !== null && row.cases < minimumIndexCases) return unknown;
  const restsOnHidden =
    row.cases === null ||
    Object.values(row.parts).some((figures) => figures.count === null || figures.of === null);
  return row.suppressed && restsOnHidden ? hidden : unknown;
}
