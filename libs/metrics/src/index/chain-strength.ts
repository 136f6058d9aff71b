import type { ChainStrengthPart } from '@greenchain/contracts';
import { smallCellThreshold } from '../disclosure/small-cells';

/** The version of the definitions below (docs/metrics.md, section 7). */
export const chainStrengthDefinition = 'chain-strength/1';

/** Each part's weight: every rate and fine adequacy 1; the three times share the weight of one. */
export const chainStrengthWeights: Readonly<Record<ChainStrengthPart, number>> = {
  referral: 1,
  charging: 1,
  conviction: 1,
  sentencing: 1,
  deterrence: 1,
  timeToReferral: 1 / 3,
  timeToCharges: 1 / 3,
  timeToVerdict: 1 / 3,
  fineAdequacy: 1,
};

/** A part resting on fewer cases or defendants is unknown: the small-cell threshold. */
export const minimumPartBasis = smallCellThreshold;

/** Below this many seized cases a country has no index: one case would move it too far. */
export const minimumIndexCases = 5;

/** A part's score, or null when the figure is unknown or rests on too few. */
export function knownScore(score: number | null, basis: number): number | null {
  return basis < minimumPartBasis ? null : score;
}

/** A median wait within the deadline scores 1; longer, deadline ÷ median (twice as long: 0.5). */
export function timelinessScore(medianDays: number | null, deadlineDays: number): number | null {
  if (medianDays === null) return null;
  return medianDays <= deadlineDays ? 1 : deadlineDays / medianDays;
}

/** The median fine ÷ share of the case value, capped at 1 (a fine taking the whole share). */
export function adequacyScore(medianRatio: number | null): number | null {
  return medianRatio === null ? null : Math.min(1, medianRatio);
}

export interface WeightedScore {
  /** In 0..1, or null when unknown. */
  readonly score: number | null;
  readonly weight: number;
}

export interface ChainStrength {
  readonly index: number | null;
  readonly knownParts: number;
}

/**
 * The weighted mean of the known parts, their weights renormalised over them; null below the
 * minimum of seized cases or with no part known. Within 0..1, and raising a part never lowers it.
 */
export function chainStrength(cases: number, parts: readonly WeightedScore[]): ChainStrength {
  const known = parts.filter(
    (part): part is { score: number; weight: number } => part.score !== null,
  );
  const weight = known.reduce((total, part) => total + part.weight, 0);
  const weighted = known.reduce((total, part) => total + part.weight * part.score, 0);
  const index = cases < minimumIndexCases || weight === 0 ? null : weighted / weight;
  return { index, knownParts: known.length };
}
