import { numberAt, withNull } from './figure-path';
import { smallCellThreshold, suppressLine } from './small-cells';

/** A count of a table's rows, and the figures computed from it (a rate, a median, a share). */
export interface DisclosedCount {
  /** Path to the count in each row: `cases.charged`, `steps[step=charged].reached.cases`. */
  readonly count: string;
  /** Figures hidden whenever this count is hidden: a rate of a hidden count gives it away. */
  readonly dependents?: readonly string[];
}

/** Which figures of a table are counts of cases or defendants, and what is computed from them. */
export interface DisclosurePlan {
  readonly counts: readonly DisclosedCount[];
  /**
   * Figures computed over their own few cases (a median of the cases that reached a verdict): each
   * is hidden when the count it names, in the same row, is below the threshold.
   */
  readonly basedOn?: readonly { readonly figure: string; readonly count: string }[];
  /**
   * The id of the row that holds each count's total over every group (counted once, even for a
   * case in several groups): the total the complementary suppression protects, itself hidden
   * when small. Without it the line's sum stands for the total.
   */
  readonly totalRowId?: string;
  /**
   * The field whose value puts rows in the same line (`step`, when each row is one step of one
   * group): each count is suppressed along the rows of one line. Without it, all rows are one line.
   */
  readonly lineBy?: string;
}

type Row = Readonly<Record<string, unknown>>;

/**
 * The rows as an analyst may read them: every count of the plan suppressed as a line across the
 * group rows (small counts hidden, with complementary suppression against the line's total), every
 * figure computed from a hidden count hidden with it, and `suppressed: true` on the rows that lost
 * any. The input is not changed: the computation stays whole, suppression is applied to the answer.
 */
export function disclosedTable<T extends Row>(rows: readonly T[], plan: DisclosurePlan): T[] {
  const hidden = rows.map(() => new Set<string>());
  const totalIndex =
    plan.totalRowId === undefined ? -1 : rows.findIndex((row) => row['id'] === plan.totalRowId);
  for (const line of lines(rows, plan.lineBy, totalIndex)) {
    for (const { count, dependents = [] } of plan.counts) {
      const hide = (index: number) =>
        [count, ...dependents].forEach((path) => hidden[index]?.add(path));
      const counts = line.map((index) => numberAt(rows[index], count));
      const total = totalIndex < 0 ? sum(counts) : numberAt(rows[totalIndex], count);
      const shown = suppressLine(counts, total);
      shown.cells.forEach((cell, position) => {
        if (cell === null) hide(line[position] ?? -1);
      });
      if (shown.total === null) hide(totalIndex);
    }
  }
  for (const { figure, count } of plan.basedOn ?? []) {
    rows.forEach((row, index) => {
      if (isSmallCount(numberAt(row, count))) hidden[index]?.add(figure);
    });
  }
  return rows.map((row, index) => masked(row, hidden[index]));
}

/** The indexes of the group rows, line by line (the total row stands apart). */
function lines(rows: readonly Row[], lineBy: string | undefined, totalIndex: number): number[][] {
  const byLine = new Map<unknown, number[]>();
  rows.forEach((row, index) => {
    if (index === totalIndex) return;
    const line = lineBy !== undefined && Object.hasOwn(row, lineBy) ? row[lineBy] : undefined;
    byLine.set(line, [...(byLine.get(line) ?? []), index]);
  });
  return [...byLine.values()];
}

/** The row with nulls where figures are hidden (the row types declare them nullable). */
function masked<T extends Row>(row: T, paths: ReadonlySet<string> = new Set()): T {
  if (paths.size === 0) return row;
  const partial = [...paths].reduce<Row>((copy, path) => withNull(copy, path), row);
  return { ...partial, suppressed: true } as unknown as T;
}

const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0);

const isSmallCount = (count: number) => count > 0 && count < smallCellThreshold;
