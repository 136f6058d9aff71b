import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';

/** A reference code list (locationTypes, partyRoles, declineReasons ...); it never changes in a session. */
export function useCodeList(name: string) {
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  return useQuery({
    queryKey: ['reference', 'code-list', name],
    queryFn: () => dataProvider.codeList(name),
    staleTime: Infinity,
  });
}
