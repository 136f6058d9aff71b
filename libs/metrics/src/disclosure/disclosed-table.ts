import { smallCellThreshold, suppressLine } from './small-cells';

/** A count of a table's rows, and the figures computed from it (a rate, a median, a share). */
export interface DisclosedCount {
  /** Dot path to the count in each row, e.g. `cases.charged`. */
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
  const groups = rows.flatMap((_, index) => (index === totalIndex ? [] : [index]));
  for (const { count, dependents = [] } of plan.counts) {
    const hide = (index: number) =>
      [count, ...dependents].forEach((path) => hidden[index]?.add(path));
    const line = groups.map((index) => numberAt(rows[index], count));
    const shown = suppressLine(
      line,
      totalIndex < 0 ? sum(line) : numberAt(rows[totalIndex], count),
    );
    shown.cells.forEach((cell, position) => {
      if (cell === null) hide(groups[position] ?? -1);
    });
    if (shown.total === null) hide(totalIndex);
  }
  for (const { figure, count } of plan.basedOn ?? []) {
    rows.forEach((row, index) => {
      if (isSmallCount(numberAt(row, count))) hidden[index]?.add(figure);
    });
  }
  return rows.map((row, index) => masked(row, hidden[index]));
}

/** The row with nulls where figures are hidden (the row types declare them nullable). */
function masked<T extends Row>(row: T, paths: ReadonlySet<string> = new Set()): T {
  if (paths.size === 0) return row;
  const partial = [...paths].reduce<Row>((copy, path) => withNull(copy, path), row);
  return { ...partial, suppressed: true } as unknown as T;
}

const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0);

const isSmallCount = (count: number) => count > 0 && count < smallCellThreshold;

function numberAt(row: Row | undefined, path: string): number {
  const value = path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' && Object.hasOwn(node, key)
          ? (node as Row)[key]
          : undefined,
      row,
    );
  return typeof value === 'number' ? value : 0;
}

/** A copy of the row with the figure at the path set to null (nested objects copied on the way). */
function withNull(row: Row, path: string): Row {
  const [key, ...rest] = path.split('.');
  if (key === undefined || !Object.hasOwn(row, key)) return row;
  const node = row[key];
  if (rest.length === 0) return { ...row, [key]: null };
  if (node === null || typeof node !== 'object') return row;
  return { ...row, [key]: withNull(node as Row, rest.join('.')) };
}
