import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ChainFunnelRow, type ChainStrengthRow } from '@greenchain/contracts';
import { httpClient } from '../../providers/http-client';
import { type AnalyticsFilter, analyticsQuery, type FunnelRow, type Grouping } from '../analytics';

/** The routes this section reads, each also served as CSV or XLSX. */
export type CountriesRoute = 'chain-strength' | 'chain-funnel' | 'funnel';

/** Where one panel's figures come from, so its file links ask for the very same table. */
export interface FigureSource {
  readonly route: CountriesRoute;
  readonly groupBy: Grouping;
  readonly filter: AnalyticsFilter;
  readonly asOf?: string;
  /** The nested table of the route (`steps` of the chain funnel), for the CSV. */
  readonly part?: string;
}

/** The URL of a source, as JSON or, with a format, as its file. */
export function figureUrl(source: FigureSource, format?: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams(analyticsQuery(source.filter, source.groupBy));
  if (source.asOf) params.set('asOf', source.asOf);
  if (format) params.set('format', format);
  if (format && source.part) params.set('part', source.part);
  return `/api/analytics/${source.route}?${params.toString()}`;
}

function useFigures<T>(source: FigureSource) {
  const url = figureUrl(source);
  return useQuery({
    queryKey: ['analytics', url],
    queryFn: async () => (await httpClient(url)).json as T[],
    placeholderData: keepPreviousData,
  });
}

export const strengthSource = (filter: AnalyticsFilter, asOf?: string): FigureSource => ({
  route: 'chain-strength',
  groupBy: 'country',
  filter,
  asOf,
});

export const funnelSource = (filter: AnalyticsFilter, asOf?: string): FigureSource => ({
  route: 'chain-funnel',
  groupBy: 'country',
  filter,
  asOf,
  part: 'steps',
});

export const routeSource = (filter: AnalyticsFilter, asOf?: string): FigureSource => ({
  route: 'funnel',
  groupBy: 'route',
  filter,
  asOf,
});

export const useChainStrength = (source: FigureSource) => useFigures<ChainStrengthRow>(source);
export const useCountryFunnels = (source: FigureSource) => useFigures<ChainFunnelRow>(source);
export const useRouteSeizures = (source: FigureSource) => useFigures<FunnelRow>(source);

/** Each country's ISO 3166-1 numeric code, the key of the world map's shapes. */
export function useCountryNumbers() {
  return useQuery({
    queryKey: ['reference', 'country-numbers'],
    queryFn: async () =>
      (await httpClient('/api/reference/country-numbers')).json as Record<string, string>,
    staleTime: Infinity,
  });
}
