import fc from 'fast-check';
import { suppressLine, type SuppressedLine } from './small-cells';

/**
 * Every value a hidden cell could take, given what a reader sees: the total (when shown), the
 * cells shown, and that hidden cells are at least 1 (zeros are shown). Brute force over small lines.
 */
function possibleValues(line: SuppressedLine, cell: number): Set<number> {
  const hidden = line.cells.flatMap((value, index) => (value === null ? [index] : []));
  if (line.total === null) return new Set([1, 2, 3]);
  const shownSum = line.cells.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const hiddenSum = line.total - shownSum;
  const values = new Set<number>();
  const assign = (position: number, remaining: number, chosen: number[]) => {
    if (position === hidden.length) {
      if (remaining === 0) values.add(chosen[hidden.indexOf(cell)]!);
      return;
    }
    for (let value = 1; value <= remaining; value += 1) {
      assign(position + 1, remaining - value, [...chosen, value]);
    }
  };
  assign(0, hiddenSum, []);
  return values;
}

const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0);

describe('suppressLine', () => {
  it('shows a line without small counts as it is', () => {
    expect(suppressLine([3, 0, 12], 15)).toEqual({ cells: [3, 0, 12], total: 15 });
  });

  it('hides a small count and the smallest other count beside it', () => {
    expect(suppressLine([2, 9, 4, 0], 15)).toEqual({ cells: [null, 9, null, 0], total: 15 });
  });

  it('hides a third count when two hidden ones of 1 would each be exactly 1', () => {
    expect(suppressLine([1, 1, 5, 8], 15)).toEqual({ cells: [null, null, null, 8], total: 15 });
  });

  it('hides the total when nothing is left to hide beside a small count', () => {
    expect(suppressLine([2, 0], 2)).toEqual({ cells: [null, 0], total: null });
  });

  it('hides a small total even when every count is zero but one', () => {
    expect(suppressLine([0, 1, 0], 1)).toEqual({ cells: [0, null, 0], total: null });
  });

  it('hides every small count, and leaves none of them to be worked out', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(counts, (line) => {
        const shown = suppressLine(line, sum(line));
        line.forEach((count, index) => {
          if (count > 0 && count < 3) expect(shown.cells[index]).toBeNull();
          if (shown.cells[index] === null) {
            expect(possibleValues(shown, index).size).toBeGreaterThan(1);
          } else {
            expect(shown.cells[index]).toBe(count);
          }
        });
        if (shown.total !== null) expect(shown.total).toBe(sum(line));
      }),
    );
  });
});
