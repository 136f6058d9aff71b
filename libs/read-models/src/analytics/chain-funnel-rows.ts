import { chainFunnelSteps, type ChainFunnelRow } from '@greenchain/contracts';
import {
  funnelFigures,
  type FunnelCounts,
  ratesOf,
  reachedFromFurthest,
} from '@greenchain/metrics';
import { unknownGroup } from './analytics-scope';

/** Cases and defendants of a group that stopped at one step (their furthest), with the split. */
export interface FurthestStepRow {
  readonly key: string | null;
  readonly furthest: number;
  readonly cases: number;
  readonly defendants: number;
  readonly referred_cases: number;
  readonly referred_defendants: number;
  readonly settled_cases: number;
  readonly settled_defendants: number;
}

const none: FunnelCounts = { cases: 0, defendants: 0 };
const plus = (a: FunnelCounts, b: FunnelCounts) => ({
  cases: a.cases + b.cases,
  defendants: a.defendants + b.defendants,
});

function groupRow(group: string, rows: readonly FurthestStepRow[]) {
  const furthest = chainFunnelSteps.map((_, index) =>
    rows
      .filter((row) => row.furthest === index)
      .reduce<FunnelCounts>((sum, row) => plus(sum, row), none),
  );
  const split = (kind: 'referred' | 'settled') =>
    rows.reduce<FunnelCounts>(
      (sum, row) =>
        plus(sum, { cases: row[`${kind}_cases`], defendants: row[`${kind}_defendants`] }),
      none,
    );
  const reached = reachedFromFurthest(furthest);
  const referred = split('referred');
  return {
    id: group,
    group,
    steps: funnelFigures(reached).map(({ reached, ofPrevious, ofFirst }, index) => ({
      step: chainFunnelSteps[index]!,
      reached,
      ofPrevious,
      ofSeized: ofFirst,
    })),
    referred,
    settled: split('settled'),
    chargedOfReferred: ratesOf(reached[chainFunnelSteps.indexOf('charged')] ?? none, referred),
  };
}

/** The funnel rows of the groups, from how many cases and defendants stopped at each step. */
export function chainFunnelRows(rows: readonly FurthestStepRow[]): ChainFunnelRow[] {
  const byGroup = new Map<string, FurthestStepRow[]>();
  for (const row of rows) {
    const group = row.key ?? unknownGroup;
    byGroup.set(group, [...(byGroup.get(group) ?? []), row]);
  }
  return [...byGroup.entries()].map(([group, groupRows]) => groupRow(group, groupRows));
}
