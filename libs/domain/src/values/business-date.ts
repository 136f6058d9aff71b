import type { Brand } from './brand';
import { invalidValue } from './value-errors';

/** When a fact happened in the world, as the user gave it: an ISO 8601 date, or date-time with offset. */
export type BusinessTime = Brand<string, 'BusinessTime'>;
/** A calendar day, YYYY-MM-DD. */
export type CalendarDate = Brand<string, 'CalendarDate'>;

const pattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function parse(value: unknown): { hasTime: boolean } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = pattern.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] =
    match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHour <= 14 &&
    offsetMinute <= 59;
  return valid ? { hasTime: match[4] !== undefined } : undefined;
}

export function businessTime(value: unknown, field: string): BusinessTime {
  if (!parse(value)) {
    return invalidValue(
      'value/invalid-date',
      field,
      'expected YYYY-MM-DD or an ISO 8601 date-time with offset',
    );
  }
  return value as BusinessTime;
}

export function calendarDate(value: unknown, field: string): CalendarDate {
  const parsed = parse(value);
  if (!parsed || parsed.hasTime)
    return invalidValue('value/invalid-date', field, 'expected YYYY-MM-DD');
  return value as CalendarDate;
}

/**
 * The day a business time falls on, as the user wrote it. Stage order is checked by day: the local
 * day is what the file says, and two facts of one day are in no doubt about their order.
 */
export function dayOf(time: string): CalendarDate {
  return time.slice(0, 10) as CalendarDate;
}

export function isDayBefore(time: string, other: string): boolean {
  return dayOf(time) < dayOf(other);
}

/** UTC+14 (Kiribati) is the first zone to enter a day: until then that day lies ahead everywhere. */
const earliestZoneMs = 14 * 60 * 60 * 1000;

/**
 * A fact is not recorded before it happened. A date-time with its offset names one instant; a bare
 * date is already today somewhere from 14 hours before its midnight in UTC, so an officer east of
 * the server is never refused a date that is today where they stand.
 */
export function notAfterRecording(time: BusinessTime, recordedAt: string, field: string): void {
  const earliest = Date.parse(time) - (parse(time)?.hasTime ? 0 : earliestZoneMs);
  const recorded = Date.parse(recordedAt);
  if (Number.isNaN(recorded)) {
    invalidValue('value/invalid-date', 'metadata.recordedAt', 'expected an ISO 8601 date-time');
  }
  if (earliest > recorded) {
    invalidValue(
      'value/date-in-future',
      field,
      `${time} lies after the recording time ${recordedAt}`,
    );
  }
}
