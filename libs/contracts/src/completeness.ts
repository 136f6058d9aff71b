/** The facts data completeness looks for in every case. */
export const completenessFields = ['value', 'outcome', 'disposal'] as const;
export type CompletenessField = (typeof completenessFields)[number];

/** How many of a group's cases have each fact recorded at the as-of date, and what share. */
export interface CompletenessRow {
  readonly id: string;
  readonly group: string;
  readonly cases: number | null;
  /** Every item has an estimated value. */
  readonly valueRecorded: number | null;
  readonly valueShare: number | null;
  /** Settled administratively, or every defendant has a terminal outcome. */
  readonly outcomeRecorded: number | null;
  readonly outcomeShare: number | null;
  /** At least one disposal of the seized goods. */
  readonly disposalRecorded: number | null;
  readonly disposalShare: number | null;
  /** True when a figure of this row is hidden (small cells); hidden figures are null. */
  readonly suppressed?: boolean;
}

/** A case missing a fact at the as-of date: what an officer needs to find and complete it. */
export interface IncompleteCase {
  readonly id: string;
  readonly reference: string | null;
  readonly country: string;
  readonly seizedOn: string | null;
}
