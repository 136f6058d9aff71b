import {
  analyticsGroups,
  type AnalyticsGroup,
  type ChainBreakdownRow,
  type PenaltyAdequacyRow,
} from '@greenchain/contracts';

export type Grouping = AnalyticsGroup;
/** The breakdowns a reader picks from; `all` is the whole filter, which the charts read. */
export const groupings = analyticsGroups.filter((grouping) => grouping !== 'all');
export const wholeFilter: Grouping = 'all';

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

export type FunnelRow = ChainBreakdownRow;
export type PenaltyRow = PenaltyAdequacyRow;

/** The API's filter fields the page offers, one value each (docs/metrics.md, "Breakdowns and filters"). */
export const analyticsFilterKeys = [
  'from',
  'to',
  'agreement',
  'commodityGroup',
  'speciesOrSubstance',
  'country',
  'region',
  'port',
  'direction',
] as const;
export type AnalyticsFilterKey = (typeof analyticsFilterKeys)[number];
export type AnalyticsFilter = { readonly [key in AnalyticsFilterKey]?: string };

/** The agreements Greenchain covers (codes of libs/reference-data, named through translations). */
export const agreementCodes = ['MP', 'BC', 'RC', 'SC', 'CITES', 'CPB', 'CWC', 'MC'] as const;

/** The commodity groups, one per agreement (libs/reference-data commodity-groups.ts). */
export const commodityGroups = [
  'ods',
  'hazardous_waste',
  'pic_chemicals',
  'pops',
  'wildlife',
  'lmos',
  'cw_chemicals',
  'mercury',
] as const;

/** The UN M49 regions (libs/reference-data m49-regions.json), named in analytics.messages.ts. */
export const regionCodes = [
  '005',
  '011',
  '013',
  '014',
  '015',
  '017',
  '018',
  '021',
  '029',
  '030',
  '034',
  '035',
  '039',
  '053',
  '054',
  '057',
  '061',
  '143',
  '145',
  '151',
  '154',
  '155',
] as const;

/**
 * Blank filter fields are left out, so the API sees only what the user chose; a list (one row per
 * case or defendant) takes no grouping.
 */
export function analyticsQuery(
  filter: AnalyticsFilter,
  groupBy: Grouping | undefined,
  asOf?: string,
  file?: { format: 'csv' | 'xlsx'; part?: string },
): string {
  const chosen = Object.fromEntries(
    Object.entries(filter).filter(([, value]) => typeof value === 'string' && value !== ''),
  );
  const params = new URLSearchParams({ filter: JSON.stringify(chosen) });
  if (groupBy) params.set('groupBy', groupBy);
  if (asOf) params.set('asOf', asOf);
  if (file) params.set('format', file.format);
  if (file?.part) params.set('part', file.part);
  return params.toString();
}

/** The id of the row that counts every case once, whatever its groups (see the API). */
export const totalRowId = 'total';

/** The rows of the groups, without the total row. */
export function groupRows(rows: readonly FunnelRow[]): FunnelRow[] {
  return rows.filter((row) => row.id !== totalRowId);
}

/** Every case of the filter counted once per step; null where the figure is hidden. */
export function totals(rows: readonly FunnelRow[]): Record<FunnelStage | DropOut, number | null> {
  const total = rows.find((row) => row.id === totalRowId);
  return Object.fromEntries(
    [...funnelStages, ...dropOuts].map((key) => [key, total ? total[key] : 0]),
  ) as Record<FunnelStage | DropOut, number | null>;
}
