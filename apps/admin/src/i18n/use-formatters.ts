import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { formattersFor, type Formatters } from './formatters';
import { intlLocales, isLocale, type Locale } from './locales';

function current(locale: string): Locale {
  return isLocale(locale) ? locale : 'en';
}

export function useFormatters(): Formatters {
  const [locale] = useLocaleState();
  return useMemo(() => formattersFor(current(locale)), [locale]);
}

/** The Intl tag for react-admin's DateField and NumberField `locales` prop. */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocales[current(locale)];
}
