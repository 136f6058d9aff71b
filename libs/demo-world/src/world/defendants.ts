import type { Money, PenaltyLine } from '@greenchain/domain';

export type DefendantOutcome =
  | 'suspect'
  | 'charged'
  | 'declined'
  | 'withdrawn'
  | 'convicted'
  | 'sentenced'
  | 'acquitted'
  | 'dismissed';

/** What the story needs to remember of a defendant to issue only commands the decider accepts. */
export interface Defendant {
  readonly partyId: string;
  readonly kind: 'person' | 'company';
  outcome: DefendantOutcome;
  penalties?: readonly PenaltyLine[];
}

export const atRest: ReadonlySet<DefendantOutcome> = new Set([
  'declined',
  'withdrawn',
  'sentenced',
  'acquitted',
  'dismissed',
]);

export function fineOf(lines: readonly PenaltyLine[] | undefined): Money | undefined {
  const fine = lines?.find((line) => line.type === 'fine');
  return fine?.type === 'fine' ? fine.amount : undefined;
}
