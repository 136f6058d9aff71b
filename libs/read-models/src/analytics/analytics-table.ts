import type { DisclosurePlan } from '@greenchain/metrics';

type Row = Readonly<Record<string, unknown>>;

/** What an analytics answer is, wherever it is served: a named table of figures. */
export interface AnalyticsTableDefinition {
  /** The table's name in Content-Range and in file names (`chain-funnel`). */
  readonly name: string;
  /** The version of its definitions in docs/metrics.md, e.g. `chain-funnel/1`. */
  readonly definition: string;
  /**
   * The counts analysts and administrators read with small cells hidden, and what rests on them;
   * a function when the counts depend on the rows (the decline reasons that occur). None: the
   * figures are shown as computed (a table that hides its own, or holds no count of cases).
   */
  readonly disclosure?: DisclosurePlan | ((rows: readonly Row[]) => DisclosurePlan);
}
