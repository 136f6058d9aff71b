/**
 * Personal values (a party's identifying fields, free text) arrive as `{ redacted: true }` for
 * readers without the right to see them, and as `{ erased: true }` once their subject is erased.
 */
export type Personal<T> = T | { readonly redacted: true } | { readonly erased: true };

/** The text, or the words that stand in for a withheld or erased one. */
export function personalText(
  value: Personal<string> | undefined,
  translate: (key: string) => string,
): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return translate('erased' in value ? 'common.personal.erased' : 'common.personal.withheld');
}
