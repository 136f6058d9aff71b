import {
  type ChainFunnelRow,
  type ChainFunnelStep,
  type ChainStrengthPart,
  type ChainStrengthPartFigures,
  type ChainStrengthRow,
  type DeadlineStep,
  type PenaltyAdequacyRow,
  type StageTransition,
  type TimeInStageRow,
} from '@greenchain/contracts';
import {
  adequacyScore,
  chainStrength,
  chainStrengthWeights,
  knownScore,
  rateOf,
  timelinessScore,
} from '@greenchain/metrics';
import { defaultStalledDeadlines } from '../projections/case-summary/stalled-deadlines';

/** One country's figures from the funnel, time in stage and penalty adequacy, as computed. */
export interface CountryFigures {
  readonly funnel: ChainFunnelRow;
  readonly times: readonly TimeInStageRow[];
  readonly penalties: PenaltyAdequacyRow | undefined;
}

type Unit = 'cases' | 'defendants';

/** The rate parts: the step reached, over the step (or split) before it, in cases or defendants. */
const rateParts = {
  referral: { step: 'referred_or_settled', of: 'seized', unit: 'cases' },
  charging: { step: 'charged', of: 'referred', unit: 'cases' },
  conviction: { step: 'convicted', of: 'charged', unit: 'defendants' },
  sentencing: { step: 'sentenced', of: 'convicted', unit: 'defendants' },
  deterrence: { step: 'deterrent', of: 'sentenced', unit: 'defendants' },
} as const satisfies Partial<
  Record<ChainStrengthPart, { step: ChainFunnelStep; of: ChainFunnelStep | 'referred'; unit: Unit }>
>;

/** The time parts: the transition whose Kaplan–Meier median is held to the step's default deadline. */
const timeParts = {
  timeToReferral: { transition: 'seizure_to_referral', deadline: 'referral_decision' },
  timeToCharges: { transition: 'referral_to_charges', deadline: 'charge_decision' },
  timeToVerdict: { transition: 'charges_to_verdict', deadline: 'verdict' },
} as const satisfies Partial<
  Record<ChainStrengthPart, { transition: StageTransition; deadline: DeadlineStep }>
>;

const part = (
  name: ChainStrengthPart,
  score: number | null,
  basis: number,
  figures: Omit<ChainStrengthPartFigures, 'value' | 'weight'>,
): ChainStrengthPartFigures => ({
  value: knownScore(score, basis),
  ...figures,
  weight: chainStrengthWeights[name],
});

function reached(funnel: ChainFunnelRow, step: ChainFunnelStep | 'referred', unit: Unit): number {
  // The funnel as computed, before any suppression: its counts are never null here.
  if (step === 'referred') return funnel.referred[unit] ?? 0;
  return funnel.steps.find((figures) => figures.step === step)?.reached[unit] ?? 0;
}

function ratePart(name: keyof typeof rateParts, funnel: ChainFunnelRow) {
  const { step, of, unit } = rateParts[name];
  const count = reached(funnel, step, unit);
  const base = reached(funnel, of, unit);
  const rate = rateOf(count, base);
  return part(name, rate, base, { measured: rate, count, of: base });
}

function timePart(name: keyof typeof timeParts, times: readonly TimeInStageRow[]) {
  const { transition, deadline } = timeParts[name];
  const row = times.find((time) => time.transition === transition);
  const median = row?.survivalMedianDays ?? null;
  const entered = row?.entered ?? 0;
  const score = timelinessScore(median, defaultStalledDeadlines.default[deadline]);
  return part(name, score, entered, { measured: median, count: row?.completed ?? 0, of: entered });
}

function fineAdequacyPart(penalties: PenaltyAdequacyRow | undefined) {
  const median = penalties?.fineToShare.median ?? null;
  const counted = penalties?.fineToShare.counted ?? 0;
  return part('fineAdequacy', adequacyScore(median), counted, {
    measured: median,
    count: counted,
    of: penalties?.sentenced ?? 0,
  });
}

/** A country's chain strength index with each of its parts (docs/metrics.md, section 7). */
export function chainStrengthRow({ funnel, times, penalties }: CountryFigures): ChainStrengthRow {
  const parts: Record<ChainStrengthPart, ChainStrengthPartFigures> = {
    referral: ratePart('referral', funnel),
    charging: ratePart('charging', funnel),
    conviction: ratePart('conviction', funnel),
    sentencing: ratePart('sentencing', funnel),
    deterrence: ratePart('deterrence', funnel),
    timeToReferral: timePart('timeToReferral', times),
    timeToCharges: timePart('timeToCharges', times),
    timeToVerdict: timePart('timeToVerdict', times),
    fineAdequacy: fineAdequacyPart(penalties),
  };
  const cases = reached(funnel, 'seized', 'cases');
  const { index, knownParts } = chainStrength(
    cases,
    Object.values(parts).map(({ value, weight }) => ({ score: value, weight })),
  );
  return { id: funnel.group, group: funnel.group, cases, index, knownParts, parts };
}
