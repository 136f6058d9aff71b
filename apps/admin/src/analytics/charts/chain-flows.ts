import {
  type ChainFunnelRow,
  type ChainFunnelStep,
  type DropOutReason,
  type DropOutRow,
} from '@greenchain/contracts';

/** The places a defendant's case can be in, from the seizure to the sentence. */
export const flowNodes = [
  'seized',
  'referred',
  'settled',
  'notReferred',
  'charged',
  'declined',
  'awaitingCharges',
  'declinedOrAwaiting',
  'convicted',
  'withdrawn',
  'acquitted',
  'overturned',
  'awaitingVerdict',
  'otherOrAwaiting',
  'sentenced',
  'awaitingSentence',
] as const;
export type FlowNode = (typeof flowNodes)[number];

export interface Flow {
  readonly from: FlowNode;
  readonly to: FlowNode;
  readonly defendants: number;
}

export type ChainFlows =
  | { readonly hidden: false; readonly flows: readonly Flow[] }
  /** A step the flows rest on is hidden (small cells): no flow is drawn rather than a wrong one. */
  | { readonly hidden: true };

interface Branch {
  readonly to: FlowNode;
  readonly defendants: number | null;
}

/**
 * The flows out of a step whose count is known: one per branch, and the rest of the step to
 * `waiting`. A hidden branch joins the rest, which then goes to `waitingOrHidden`: the branches
 * shown stay exact, and a hidden count is never drawn on its own nor worked out.
 */
function split(
  from: FlowNode,
  total: number,
  branches: readonly Branch[],
  waiting: FlowNode,
  waitingOrHidden: FlowNode,
): Flow[] {
  const shown = branches.filter(
    (branch): branch is Branch & { defendants: number } => branch.defendants !== null,
  );
  const rest = total - shown.reduce((sum, branch) => sum + branch.defendants, 0);
  const restTo = shown.length < branches.length ? waitingOrHidden : waiting;
  return [
    ...shown.map((branch) => ({ from, to: branch.to, defendants: branch.defendants })),
    { from, to: restTo, defendants: rest },
  ];
}

/**
 * Where defendants went, read off the funnel and the drop-outs at one as-of date (docs/metrics.md
 * sections 1 and 2): each flow is a count the API served, or, for those still at a step, the step's
 * count less the flows out of it. Counted in defendants, the unit in which a drop-out reason is
 * exclusive. A flow that comes out at 0 or below (a settled case that had been charged, say) is not
 * drawn.
 */
export function chainFlows(funnel: ChainFunnelRow, dropOuts: DropOutRow): ChainFlows {
  const reached = (step: ChainFunnelStep) =>
    funnel.steps.find((figures) => figures.step === step)?.reached.defendants ?? null;
  const left = (...reasons: DropOutReason[]) =>
    sum(
      dropOuts.reasons
        .filter((counts) => reasons.includes(counts.reason))
        .map((counts) => counts.defendants),
    );
  const steps = {
    seized: reached('seized'),
    referredOrSettled: reached('referred_or_settled'),
    charged: reached('charged'),
    convicted: reached('convicted'),
    sentenced: reached('sentenced'),
    settled: funnel.settled.defendants,
  };
  if (Object.values(steps).some((count) => count === null)) return { hidden: true };
  const s = steps as Readonly<Record<keyof typeof steps, number>>;
  const referred = s.referredOrSettled - s.settled;
  const flows = [
    { from: 'seized', to: 'referred', defendants: referred },
    { from: 'seized', to: 'settled', defendants: s.settled },
    { from: 'seized', to: 'notReferred', defendants: s.seized - s.referredOrSettled },
    ...split(
      'referred',
      referred,
      [
        { to: 'charged', defendants: s.charged },
        { to: 'declined', defendants: left('declined') },
      ],
      'awaitingCharges',
      'declinedOrAwaiting',
    ),
    ...split(
      'charged',
      s.charged,
      [
        { to: 'convicted', defendants: s.convicted },
        { to: 'withdrawn', defendants: left('withdrawn') },
        {
          to: 'acquitted',
          defendants: left('acquitted', 'dismissed_on_merits', 'dismissed_procedural'),
        },
        { to: 'overturned', defendants: left('overturned_on_appeal') },
      ],
      'awaitingVerdict',
      'otherOrAwaiting',
    ),
    { from: 'convicted', to: 'sentenced', defendants: s.sentenced },
    { from: 'convicted', to: 'awaitingSentence', defendants: s.convicted - s.sentenced },
  ] satisfies Flow[];
  return { hidden: false, flows: flows.filter((flow) => flow.defendants > 0) };
}

/** The sum of counts, or null when one is hidden. */
function sum(counts: readonly (number | null)[]): number | null {
  let total = 0;
  for (const count of counts) {
    if (count === null) return null;
    total += count;
  }
  return total;
}
