/**
 * A finally sentenced defendant whose sentence does not deter: not custodial, and a fine in USD
 * below their share of the case value in USD. The case and the money only, never the defendant.
 */
export interface WeakSentence {
  /** The case id and the defendant's place among the case's weak sentences (`<case id>/1`). */
  readonly id: string;
  readonly caseId: string;
  readonly reference: string | null;
  readonly country: string;
  readonly agreements: readonly string[];
  readonly commodityGroups: readonly string[];
  /** The day of the sentence in force (an appeal's variation replaces the first). */
  readonly sentencedOn: string | null;
  readonly fineUsd: number;
  /** The case value in USD ÷ the defendants finally convicted in the case. */
  readonly shareUsd: number;
  /** fineUsd ÷ shareUsd, below 1. */
  readonly fineToShare: number;
  /** A provisional rate (a year after the table's latest) entered the fine or the value. */
  readonly provisional: boolean;
}
