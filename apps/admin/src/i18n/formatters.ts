import { intlLocales, type Locale } from './locales';

export interface Formatters {
  date(iso: string): string;
  dateTime(iso: string): string;
  number(value: number): string;
  /** A file's size in the largest unit that keeps it at 1 or more (bytes, kB, MB). */
  fileSize(bytes: number): string;
  percent(ratio: number): string;
  currency(amount: number, currency: string): string;
  /** A country's name from its ISO 3166 alpha-2 code. */
  country(code: string): string;
}

/** Dates, numbers and money the way readers of each locale write them. */
export function formattersFor(locale: Locale): Formatters {
  const tag = intlLocales[locale];
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const sizes = (['byte', 'kilobyte', 'megabyte'] as const).map(
    (unit) =>
      new Intl.NumberFormat(tag, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }),
  );
  const regions = new Intl.DisplayNames(tag, { type: 'region', fallback: 'code' });
  return {
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    number: (value) => number.format(value),
    fileSize: (bytes) => {
      const power = Math.min(sizes.length - 1, Math.floor(Math.log10(Math.max(bytes, 1)) / 3));
      return (sizes[power] ?? number).format(bytes / 1000 ** power);
    },
    percent: (ratio) => percent.format(ratio),
    currency: (amount, currency) =>
      new Intl.NumberFormat(tag, { style: 'currency', currency }).format(amount),
    country: (code) => {
      // Not every group key is a valid region code (an 'unknown' bucket); show those as they are.
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
