/** The facts data completeness looks for in every case. */
export const completenessFields = ['value', 'outcome', 'disposal'] as const;
export type CompletenessField = (typeof completenessFields)[number];

/** How many of a group's cases have each fact recorded at the as-of date, and what share. */
export interface CompletenessRow {
  readonly id: string;
  readonly group: string;
  readonly cases: number;
  /** Every item has an estimated value. */
  readonly valueRecorded: number;
  readonly valueShare: number;
  /** Settled administratively, or every defendant has a terminal outcome. */
  readonly outcomeRecorded: number;
  readonly outcomeShare: number;
  /** At least one disposal of the seized goods. */
  readonly disposalRecorded: number;
  readonly disposalShare: number;
}

/** A case missing a fact at the as-of date: what an officer needs to find and complete it. */
export interface IncompleteCase {
  readonly id: string;
  readonly reference: string | null;
  readonly country: string;
  readonly seizedOn: string | null;
}
