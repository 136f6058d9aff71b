import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { type CaseRecord } from '../cases/case-record';
import { type GreenchainDataProvider } from '../providers/data-provider';

/** The files of a case this reader may see, read again whenever the case's version moves. */
export function useCaseDocuments(record: CaseRecord | undefined) {
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  return useQuery({
    queryKey: ['cases', 'documents', record?.id, record?.version],
    queryFn: () => dataProvider.caseDocuments(String(record?.id)),
    enabled: record !== undefined,
  });
}
