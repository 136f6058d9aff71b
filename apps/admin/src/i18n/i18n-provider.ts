import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

/** Greenchain signs people in by email; react-admin's default says "Username". */
const en = {
  ...englishMessages,
  ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, username: 'Email' } },
};

export const i18nProvider = polyglotI18nProvider(() => en, 'en');
