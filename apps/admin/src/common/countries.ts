const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Regions CLDR names that are not countries (EU, UN, pseudo-locales, Outlying Oceania ...). */
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/**
 * ISO 3166-1 alpha-2 codes the browser's CLDR data knows a name for, so the list and its names
 * come from the same source in every language; the API still checks each code.
 */
export function countryCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      if (!notCountries.has(code) && names.of(code) !== undefined) codes.push(code);
    }
  }
  return codes;
}

export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

export function currencyCodes(): string[] {
  return Intl.supportedValuesOf('currency');
}

export function currencyName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' }).of(code) ?? code;
}
