import { chainFunnelSteps } from '@greenchain/contracts';
import type { DisclosedCount } from '@greenchain/metrics';
import type { AnalyticsTableDefinition } from './analytics-table';

const units = ['cases', 'defendants'] as const;

/** A step's counts, with the rates over them: its own, and the next step's rate over it. */
function stepCounts(step: string, index: number): DisclosedCount[] {
  const next = chainFunnelSteps[index + 1];
  return units.map((unit) => ({
    count: `steps[step=${step}].reached.${unit}`,
    dependents: [
      `steps[step=${step}].ofPrevious.${unit}`,
      `steps[step=${step}].ofSeized.${unit}`,
      ...(next === undefined ? [] : [`steps[step=${next}].ofPrevious.${unit}`]),
      ...(step === 'seized'
        ? chainFunnelSteps.map((each) => `steps[step=${each}].ofSeized.${unit}`)
        : []),
      ...(step === 'charged' ? [`chargedOfReferred.${unit}`] : []),
    ],
  }));
}

/** The chain funnel in cases and defendants (docs/metrics.md, section 1). */
export const chainFunnelTable: AnalyticsTableDefinition = {
  name: 'chain-funnel',
  definition: 'chain-funnel/1',
  disclosure: {
    counts: [
      ...chainFunnelSteps.flatMap(stepCounts),
      ...units.flatMap((unit) => [
        { count: `referred.${unit}`, dependents: [`chargedOfReferred.${unit}`] },
        { count: `settled.${unit}` },
      ]),
    ],
  },
};
