import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type WeakSentence } from '@greenchain/contracts';
import { httpClient } from '../../providers/http-client';
import { type AnalyticsFilter, analyticsQuery } from '../analytics';

/** The total of a list from its Content-Range (`weak-sentences 0-9/23`). */
const totalOf = (headers: Headers) => Number(headers.get('Content-Range')?.split('/')[1] ?? 0);

/** One page of the weak sentences (GET /api/analytics/weak-sentences), weakest first. */
export function useWeakSentences(
  filter: AnalyticsFilter,
  asOf: string | undefined,
  page: number,
  perPage: number,
) {
  const range = JSON.stringify([page * perPage, page * perPage + perPage - 1]);
  const query = `${analyticsQuery(filter, undefined, asOf)}&${new URLSearchParams({ range })}`;
  return useQuery({
    queryKey: ['analytics', 'weak-sentences', query],
    queryFn: async () => {
      const { json, headers } = await httpClient(`/api/analytics/weak-sentences?${query}`);
      return { rows: json as WeakSentence[], total: totalOf(headers) };
    },
    placeholderData: keepPreviousData,
  });
}
