import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { raSpanish } from './ra-spanish';

/** Greenchain signs people in by email; react-admin's catalogues say "Username". */
function signInByEmail<T extends typeof englishMessages>(messages: T, email: string): T {
  const ra = messages.ra;
  return { ...messages, ra: { ...ra, auth: { ...ra.auth, username: email } } };
}

export const raMessages = {
  en: signInByEmail(englishMessages, 'Email'),
  fr: signInByEmail(frenchMessages, 'Adresse e-mail'),
  es: signInByEmail(raSpanish as typeof englishMessages, 'Correo electrónico'),
};
