import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type ChainFunnelRow,
  type CompletenessRow,
  type DropOutRow,
  type TimeInStageRow,
} from '@greenchain/contracts';
import { httpClient } from '../providers/http-client';
import {
  type AnalyticsFilter,
  analyticsQuery,
  type FunnelRow,
  type Grouping,
  type PenaltyRow,
  wholeFilter,
} from './analytics';

/** The analytics routes the console reads (GET /api/analytics/<route>). */
export type AnalyticsRoute =
  | 'funnel'
  | 'chain-funnel'
  | 'drop-outs'
  | 'time-in-stage'
  | 'penalty-adequacy'
  | 'penalty-bins'
  | 'completeness';

export function useAnalytics<T>(
  path: AnalyticsRoute,
  filter: AnalyticsFilter,
  groupBy: Grouping,
  asOf?: string,
) {
  const query = analyticsQuery(filter, groupBy, asOf);
  return useQuery({
    queryKey: ['analytics', path, query],
    queryFn: async () => (await httpClient(`/api/analytics/${path}?${query}`)).json as T[],
    placeholderData: keepPreviousData,
  });
}

export function useFunnel(filter: AnalyticsFilter, groupBy: Grouping, asOf?: string) {
  return useAnalytics<FunnelRow>('funnel', filter, groupBy, asOf);
}

export function usePenaltyAdequacy(filter: AnalyticsFilter, groupBy: Grouping, asOf?: string) {
  return useAnalytics<PenaltyRow>('penalty-adequacy', filter, groupBy, asOf);
}

/** The one row of a route for the whole filter (grouping `all`), each case once. */
export function useWholeFilter<T>(path: AnalyticsRoute, filter: AnalyticsFilter, asOf?: string) {
  const result = useAnalytics<T>(path, filter, wholeFilter, asOf);
  return { ...result, rows: result.data ?? [] };
}

export const useChainFunnel = (filter: AnalyticsFilter, asOf?: string) =>
  useWholeFilter<ChainFunnelRow>('chain-funnel', filter, asOf);
export const useDropOuts = (filter: AnalyticsFilter, asOf?: string) =>
  useWholeFilter<DropOutRow>('drop-outs', filter, asOf);
export const useTimeInStage = (filter: AnalyticsFilter, asOf?: string) =>
  useWholeFilter<TimeInStageRow>('time-in-stage', filter, asOf);
export const useCompleteness = (filter: AnalyticsFilter, asOf?: string) =>
  useWholeFilter<CompletenessRow>('completeness', filter, asOf);
