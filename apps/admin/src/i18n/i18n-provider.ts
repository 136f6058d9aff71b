import polyglotI18nProvider from 'ra-i18n-polyglot';
import { mergeTranslations, resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import { codeLabels } from './code-labels';
import { featureMessages } from './feature-messages';
import { isLocale, type Locale, localeNames, locales } from './locales';
import { raMessages } from './ra-messages';

function messagesFor(locale: string): TranslationMessages {
  const chosen: Locale = isLocale(locale) ? locale : 'en';
  return mergeTranslations(
    raMessages[chosen],
    ...Object.values(featureMessages).map((feature) => feature[chosen]),
    codeLabels[chosen],
  ) as TranslationMessages;
}

/** The browser's language when we have it; the user's later choice is kept in react-admin's store. */
const browserLocale = resolveBrowserLocale('en');

export const i18nProvider = polyglotI18nProvider(
  messagesFor,
  isLocale(browserLocale) ? browserLocale : 'en',
  locales.map((locale) => ({ locale, name: localeNames[locale] })),
);
