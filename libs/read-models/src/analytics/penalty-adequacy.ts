import type { PenaltyAdequacyRow, RatioSummary } from '@greenchain/contracts';
import { ratioQuantiles } from '@greenchain/metrics';

/** A finally sentenced defendant of a group, as the CTE `sentenced` gives it (money in USD). */
export interface SentencedInGroup {
  readonly group: string;
  readonly custodial: boolean;
  readonly suspended: boolean;
  readonly deterrent: boolean;
  readonly valueKnown: boolean;
  /** Fine ÷ share of the case value; null without a fine, a known value or a rate. */
  readonly fineToShare: number | null;
  readonly fineToStatutoryMax: number | null;
  readonly provisional: boolean;
}

const known = (ratios: readonly (number | null)[]) =>
  ratios.filter((ratio): ratio is number => ratio !== null);

function summary(ratios: readonly (number | null)[]): RatioSummary {
  const { count, median } = ratioQuantiles(known(ratios));
  return { counted: count, notCounted: ratios.length - count, median };
}

/**
 * Penalty adequacy per group (docs/metrics.md, section 5): how the fines compare with each
 * defendant's share of the case value and with the statutory maximum, and the shares of custodial,
 * suspended and deterrent sentences. A ratio that could not be computed for a defendant is counted
 * apart, never taken as 0. Pure: the query feeds it.
 */
export function penaltyAdequacy(
  defendants: readonly SentencedInGroup[],
  ratesReadOn: string,
): PenaltyAdequacyRow[] {
  const groups = new Map<string, SentencedInGroup[]>();
  for (const defendant of defendants) {
    groups.set(defendant.group, [...(groups.get(defendant.group) ?? []), defendant]);
  }
  return [...groups.entries()].map(([group, members]) => {
    const count = (flag: (member: SentencedInGroup) => boolean) => members.filter(flag).length;
    const fineToShare = members.map((member) => member.fineToShare);
    const { p25, p75, p90 } = ratioQuantiles(known(fineToShare));
    return {
      id: group,
      group,
      sentenced: members.length,
      valueKnown: members.filter((member) => member.valueKnown).length,
      fineToShare: { ...summary(fineToShare), p25, p75, p90 },
      fineToStatutoryMax: summary(members.map((member) => member.fineToStatutoryMax)),
      custodial: count((member) => member.custodial),
      suspended: count((member) => member.suspended),
      deterrent: count((member) => member.deterrent),
      custodialShare: count((member) => member.custodial) / members.length,
      suspendedShare: count((member) => member.suspended) / members.length,
      deterrentShare: count((member) => member.deterrent) / members.length,
      ratesReadOn,
      provisionalRates: members.some((member) => member.provisional),
    };
  });
}
