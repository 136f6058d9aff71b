export const groupings = ['country', 'agreement', 'port', 'year'] as const;
export type Grouping = (typeof groupings)[number];

/** The chain's steps in order, then where cases leave it. */
export const funnelStages = [
  'seized',
  'referred',
  'accepted',
  'charged',
  'convicted',
  'sentenced',
] as const;
export const dropOuts = ['declined', 'dismissedOrAcquitted', 'stalled'] as const;
export type FunnelStage = (typeof funnelStages)[number];
export type DropOut = (typeof dropOuts)[number];

export type FunnelRow = { readonly id: string; readonly group: string } & Record<
  FunnelStage | DropOut | 'closed',
  number
> & { readonly medianDaysToVerdict?: number | null };

export interface PenaltyRow {
  readonly id: string;
  readonly group: string;
  readonly sentenced: number;
  /** USD. */
  readonly finesTotal: number;
  /** USD. */
  readonly estimatedValueTotal: number;
  readonly finesBelowValue: number;
  readonly ratio: number | null;
  /** Amounts left out for want of an exchange rate of their currency and year. */
  readonly unconvertedAmounts: number;
  readonly unconvertedCurrencies: readonly string[];
}

export interface AnalyticsFilter {
  readonly country?: string;
  readonly agreement?: string;
  readonly port?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The agreements Greenchain covers (codes of libs/reference-data, named through translations). */
export const agreementCodes = ['MP', 'BC', 'RC', 'SC', 'CITES', 'CPB', 'CWC', 'MC'] as const;

/** Blank filter fields are left out, so the API sees only what the user chose. */
export function analyticsQuery(filter: AnalyticsFilter, groupBy: Grouping): string {
  const chosen = Object.fromEntries(
    Object.entries(filter).filter(([, value]) => typeof value === 'string' && value !== ''),
  );
  const params = new URLSearchParams({ filter: JSON.stringify(chosen), groupBy });
  return params.toString();
}

export function totals(rows: readonly FunnelRow[]): Record<FunnelStage | DropOut, number> {
  const sum = (key: FunnelStage | DropOut) => rows.reduce((total, row) => total + row[key], 0);
  return Object.fromEntries([...funnelStages, ...dropOuts].map((key) => [key, sum(key)])) as Record<
    FunnelStage | DropOut,
    number
  >;
}
