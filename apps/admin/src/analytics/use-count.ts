import { useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';

/** A count as the reader may see it: the number, or "hidden" where small cells are suppressed. */
export function useCount(): (value: number | null | undefined) => string {
  const translate = useTranslate();
  const format = useFormatters();
  return (value) => (value == null ? translate('analytics.hidden') : format.number(value));
}
