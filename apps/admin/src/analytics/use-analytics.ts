import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { httpClient } from '../providers/http-client';
import {
  type AnalyticsFilter,
  analyticsQuery,
  type FunnelRow,
  type Grouping,
  type PenaltyRow,
} from './analytics';

function useAnalytics<T>(path: string, filter: AnalyticsFilter, groupBy: Grouping) {
  const query = analyticsQuery(filter, groupBy);
  return useQuery({
    queryKey: ['analytics', path, query],
    queryFn: async () => (await httpClient(`/api/analytics/${path}?${query}`)).json as T[],
    placeholderData: keepPreviousData,
  });
}

export function useFunnel(filter: AnalyticsFilter, groupBy: Grouping) {
  return useAnalytics<FunnelRow>('funnel', filter, groupBy);
}

export function usePenaltyAdequacy(filter: AnalyticsFilter, groupBy: Grouping) {
  return useAnalytics<PenaltyRow>('penalty-adequacy', filter, groupBy);
}
