import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';

const hsPattern = /^\d{4}(\.\d{2}(\d{2})?)?$/;

export const isCompleteHsCode = (code: string) => hsPattern.test(code);

/** What a complete HS code suggests (chapter, agreements, substances); one request per code. */
export function useHsCodeAgreements(code: string) {
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  return useQuery({
    queryKey: ['reference', 'hs', code],
    queryFn: () => dataProvider.hsCodeAgreements(code),
    enabled: isCompleteHsCode(code),
    staleTime: Infinity,
  });
}
