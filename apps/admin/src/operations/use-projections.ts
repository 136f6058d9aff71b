import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../providers/http-client';
import { type ProjectionState } from '@greenchain/contracts';

/** Every few seconds while the page is visible, so a rebuild's progress shows without reloading. */
export function useProjections() {
  return useQuery({
    queryKey: ['projections'],
    queryFn: async () => (await httpClient('/api/projections')).json as ProjectionState[],
    refetchInterval: 5_000,
  });
}
