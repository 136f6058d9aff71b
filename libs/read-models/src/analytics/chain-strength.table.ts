import { chainStrengthParts } from '@greenchain/contracts';
import { chainStrengthDefinition, type DisclosurePlan } from '@greenchain/metrics';

const partCounts = chainStrengthParts.flatMap((part) =>
  (['count', 'of'] as const).map((count) => ({
    count: `parts.${part}.${count}`,
    dependents: [`parts.${part}.value`, `parts.${part}.measured`, 'index'],
  })),
);

/**
 * The chain strength index as a table: what analysts read of it. Every count of a part is a count
 * of cases or defendants; a hidden one hides its part's score and figure, and the index too, which
 * would give the hidden part away. No total row: a case has one country, so the line adds up.
 */
export const chainStrengthTable = {
  name: 'chain-strength',
  definition: chainStrengthDefinition,
  disclosure: {
    counts: [{ count: 'cases', dependents: ['index'] }, ...partCounts],
  } satisfies DisclosurePlan,
};
