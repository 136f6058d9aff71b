import type { PenaltyAdequacyRow } from '@greenchain/contracts';
import { toUsd, type UsdRateTable } from '@greenchain/metrics';
import { usdRateTable } from './usd-rates';

/** An amount in its currency, dated for its rate; amount null when none was recorded. */
export interface DatedAmount {
  readonly amount: number | null;
  readonly currency: string | null;
  readonly datedOn: string | null;
}

export interface SentencedDefendant {
  readonly group: string;
  readonly caseId: string;
  readonly partyId: string;
  /** Finally convicted defendants of the case: a defendant's share of the value is value / this. */
  readonly convictedInCase: number;
}

interface Converted {
  /** The sum in USD, or undefined when an amount is missing or has no rate. */
  readonly whole: number | undefined;
  readonly convertedSum: number;
  readonly unconverted: readonly DatedAmount[];
}

function convert(amounts: readonly DatedAmount[], rates: UsdRateTable): Converted {
  let sum = 0;
  let missing = false;
  const unconverted: DatedAmount[] = [];
  for (const money of amounts) {
    if (money.amount === null || money.currency === null) {
      missing = true;
      continue;
    }
    const usd = toUsd(rates, money.amount, money.currency, money.datedOn ?? '')?.usd;
    if (usd === undefined) unconverted.push(money);
    else sum += usd;
  }
  const whole = missing || unconverted.length > 0 ? undefined : sum;
  return { whole, convertedSum: sum, unconverted };
}

const cents = (usd: number) => Math.round(usd * 100) / 100;

/**
 * Penalty adequacy per group (fine against the value of the goods, currencies converted by one
 * dated rate table, as docs/metrics.md defines it). A case value is known only when every item
 * has a value that converts; a fine is compared only when every line converts. Pure: the query
 * feeds it.
 */
export function penaltyAdequacy(
  defendants: readonly SentencedDefendant[],
  values: ReadonlyMap<string, readonly DatedAmount[]>,
  fines: ReadonlyMap<string, readonly DatedAmount[]>,
  rates: UsdRateTable = usdRateTable,
): PenaltyAdequacyRow[] {
  const groups = new Map<string, SentencedDefendant[]>();
  for (const defendant of defendants) {
    groups.set(defendant.group, [...(groups.get(defendant.group) ?? []), defendant]);
  }
  return [...groups.entries()].map(([group, members]) => {
    const unconverted: DatedAmount[] = [];
    let finesTotal = 0;
    let finesBelowValue = 0;
    const caseValues = new Map<string, number | undefined>();
    for (const member of members) {
      if (!caseValues.has(member.caseId)) {
        const value = convert(values.get(member.caseId) ?? [], rates);
        unconverted.push(...value.unconverted);
        caseValues.set(
          member.caseId,
          (values.get(member.caseId) ?? []).length > 0 ? value.whole : undefined,
        );
      }
      const fine = convert(fines.get(`${member.caseId}/${member.partyId}`) ?? [], rates);
      unconverted.push(...fine.unconverted);
      finesTotal += fine.convertedSum;
      const caseValue = caseValues.get(member.caseId);
      if (fine.whole !== undefined && caseValue !== undefined && member.convictedInCase > 0) {
        if (fine.whole < caseValue / member.convictedInCase) finesBelowValue += 1;
      }
    }
    const estimatedValueTotal = [...caseValues.values()].reduce<number>(
      (sum, value) => sum + (value ?? 0),
      0,
    );
    return {
      id: group,
      group,
      sentenced: members.length,
      finesTotal: cents(finesTotal),
      estimatedValueTotal: cents(estimatedValueTotal),
      finesBelowValue,
      ratio: estimatedValueTotal > 0 ? finesTotal / estimatedValueTotal : null,
      unconvertedAmounts: unconverted.length,
      unconvertedCurrencies: [...new Set(unconverted.map((money) => money.currency ?? ''))].sort(),
    };
  });
}
