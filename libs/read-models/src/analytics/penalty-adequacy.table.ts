import type { AnalyticsTableDefinition } from './analytics-table';

const distribution = ['median', 'p25', 'p75', 'p90'];

/** Penalty adequacy per finally sentenced defendant (docs/metrics.md, section 5). */
export const penaltyAdequacyTable: AnalyticsTableDefinition = {
  name: 'penalty-adequacy',
  definition: 'penalty-adequacy/2',
  disclosure: {
    counts: [
      { count: 'sentenced', dependents: ['custodialShare', 'suspendedShare', 'deterrentShare'] },
      { count: 'custodial', dependents: ['custodialShare'] },
      { count: 'suspended', dependents: ['suspendedShare'] },
      { count: 'deterrent', dependents: ['deterrentShare'] },
      { count: 'valueKnown' },
      {
        count: 'fineToShare.counted',
        dependents: distribution.map((figure) => `fineToShare.${figure}`),
      },
      { count: 'fineToShare.notCounted' },
      { count: 'fineToStatutoryMax.counted', dependents: ['fineToStatutoryMax.median'] },
      { count: 'fineToStatutoryMax.notCounted' },
    ],
  },
};
