import { useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';

/**
 * A rate or share as the reader may see it: a percentage; "hidden" when its row lost figures to
 * small-cell suppression; a dash when it is unknown (a denominator of 0), never 0 %.
 */
export function useRate(): (value: number | null | undefined, suppressed?: boolean) => string {
  const translate = useTranslate();
  const format = useFormatters();
  return (value, suppressed) => {
    if (value != null) return format.percent(value);
    return suppressed ? translate('analytics.hidden') : '—';
  };
}
