import { type AnalyticsFilter } from '@greenchain/read-models';
import {
  hsChapters,
  isCommodityGroup,
  isCountryCode,
  isListedCode,
  isRegionCode,
} from '@greenchain/reference-data';
import { invalidListParam } from '../records/list-params';

/** The filter fields that take a value or a list of values (a case matching any of them counts). */
export type ListFilterField = Exclude<keyof AnalyticsFilter, 'country' | 'from' | 'to' | 'asOf'>;

const maxValues = 100;

/** A value or a list of at most 100 values, each a string `accepts`; `what` names one in errors. */
function listOf(what: string, accepts: (value: string) => boolean = () => true) {
  return (name: string, value: unknown): string[] => {
    const list: unknown[] = Array.isArray(value) ? value : [value];
    const valid = (item: unknown) =>
      typeof item === 'string' && item.length <= 100 && accepts(item);
    if (list.length > maxValues || !list.every(valid)) {
      throw invalidListParam('filter', `${name} must be ${what} or a list of at most 100 of them`);
    }
    return list as string[];
  };
}

const yearPattern = /^\d{4}$/;
const quarterPattern = /^\d{4}-Q[1-4]$/;
const chapterCodes = new Set(hsChapters.map((chapter) => chapter.code));

export const anyCode = listOf('a code');
const countryCodes = listOf('an ISO 3166-1 alpha-2 country code such as KE', isCountryCode);
const yearList = listOf('a year such as 2025', (year) => yearPattern.test(year));

/** The parsers of the list fields; the field names of a request are looked up as own keys only. */
export const listFilterParsers: Readonly<
  Record<ListFilterField, (name: string, value: unknown) => readonly (string | number)[]>
> = {
  region: listOf('a UN M49 region code such as 014', isRegionCode),
  agreement: anyCode,
  commodityGroup: listOf('a commodity group such as ods', isCommodityGroup),
  hsChapter: listOf('a two-digit HS chapter such as 29', (code) => chapterCodes.has(code)),
  speciesOrSubstance: listOf('a species or substance name'),
  port: anyCode,
  locationType: listOf('a location type such as seaport', (code) =>
    isListedCode('locationTypes', code),
  ),
  direction: listOf('a direction such as import', (code) => isListedCode('directions', code)),
  // A year may come as a number (2025) or as text ("2025").
  year: (name, value) =>
    yearList(name, Array.isArray(value) ? value.map(yearText) : yearText(value)).map(Number),
  quarter: listOf('a quarter such as 2025-Q3', (quarter) => quarterPattern.test(quarter)),
  origin: countryCodes,
  transit: countryCodes,
  destination: countryCodes,
};

function yearText(value: unknown): unknown {
  return Number.isInteger(value) ? String(value) : value;
}
