/** Counts below this, above zero, are hidden from analysts: they could point at a person. */
export const smallCellThreshold = 3;

/** A count as an analyst sees it: null where it is hidden. */
export interface SuppressedLine {
  readonly cells: readonly (number | null)[];
  readonly total: number | null;
}

const isSmall = (count: number) => count > 0 && count < smallCellThreshold;

/**
 * Hides the small counts of a line of counts that add up to a total shown with them (one funnel
 * step across countries, say), then enough other counts that no hidden one can be worked out from
 * the total and those shown. Zeros stay visible: they point at nobody, and "none prosecuted" is
 * the very signal the figures exist for; so a reader knows each hidden count is at least 1, and
 * the hidden counts must add up to more than their number (else each would be exactly 1). With
 * too little left to hide, the total is hidden too.
 */
export function suppressLine(counts: readonly number[], total: number): SuppressedLine {
  const hidden = new Set(counts.flatMap((count, index) => (isSmall(count) ? [index] : [])));
  if (hidden.size === 0 && !isSmall(total)) return { cells: counts, total };
  while (!concealed(counts, hidden)) {
    const next = smallestShown(counts, hidden);
    if (next === undefined) return hide(counts, hidden, null);
    hidden.add(next);
  }
  return hide(counts, hidden, isSmall(total) ? null : total);
}

function concealed(counts: readonly number[], hidden: ReadonlySet<number>): boolean {
  const hiddenSum = [...hidden].reduce((sum, index) => sum + (counts[index] ?? 0), 0);
  return hidden.size >= 2 && hiddenSum > hidden.size;
}

/** The complement that gives away least: the smallest count still shown (zeros hide nothing). */
function smallestShown(counts: readonly number[], hidden: ReadonlySet<number>): number | undefined {
  let best: number | undefined;
  counts.forEach((count, index) => {
    if (count === 0 || hidden.has(index)) return;
    if (best === undefined || count < (counts[best] ?? 0)) best = index;
  });
  return best;
}

function hide(
  counts: readonly number[],
  hidden: ReadonlySet<number>,
  total: number | null,
): SuppressedLine {
  return { cells: counts.map((count, index) => (hidden.has(index) ? null : count)), total };
}
