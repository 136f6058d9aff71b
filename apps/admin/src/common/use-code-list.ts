import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
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

/**
 * Names a code of a list: the console's translation (`codes.<list>.<code>`), else the reference
 * list's own English label as the API serves it, else the code itself while the list loads.
 */
export function useCodeLabel(name: string): (code: string) => string {
  const translate = useTranslate();
  const { data } = useCodeList(name);
  return (code) =>
    translate(`codes.${name}.${code}`, {
      _: data?.find((entry) => entry.code === code)?.label ?? code,
    });
}
