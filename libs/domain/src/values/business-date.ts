import type { Brand } from './brand';
import { invalidValue } from './value-errors';

/** When a fact happened in the world, as the user gave it: an ISO 8601 date, or date-time with offset. */
export type BusinessTime = Brand<string, 'BusinessTime'>;
/** A calendar day, YYYY-MM-DD. */
export type CalendarDate = Brand<string, 'CalendarDate'>;

const pattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2})))?$/;

const minuteMs = 60_000;
const dayMs = 1440 * minuteMs;

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar, without the clock. */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** A valid date or date-time, with the instant it names (a bare date: its midnight in UTC). */
function parse(value: unknown): { hasTime: boolean; epochMs: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = pattern.exec(value);
  if (!match) return undefined;
  const sign = match[8] === '-' ? -1 : 1;
  const numbers = match.map((part) => (part === undefined ? undefined : Number(part)));
  const [year, month, day, hour = 0, minute = 0, second = 0, fraction = 0] = numbers.slice(1, 8);
  const [offsetHour = 0, offsetMinute = 0] = numbers.slice(9);
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
  if (!valid) return undefined;
  const minutes = hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute);
  const epochMs =
    daysSinceEpoch(year, month, day) * dayMs + minutes * minuteMs + (second + fraction) * 1000;
  return { hasTime: match[4] !== undefined, epochMs };
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
const earliestZoneMs = 14 * 60 * minuteMs;

/**
 * A fact is not recorded before it happened. A date-time with its offset names one instant; a bare
 * date is already today somewhere from 14 hours before its midnight in UTC, so an officer east of
 * the server is never refused a date that is today where they stand.
 */
export function notAfterRecording(time: BusinessTime, recordedAt: string, field: string): void {
  const given = parse(time);
  const recorded = parse(recordedAt);
  if (!given || !recorded) {
    return invalidValue(
      'value/invalid-date',
      'metadata.recordedAt',
      'expected an ISO 8601 date-time',
    );
  }
  const earliest = given.epochMs - (given.hasTime ? 0 : earliestZoneMs);
  if (earliest > recorded.epochMs) {
    invalidValue(
      'value/date-in-future',
      field,
      `${time} lies after the recording time ${recordedAt}`,
    );
  }
}

/** UTC−12 is the last zone to leave a day: until then that day is still today somewhere. */
const latestZoneMs = 12 * 60 * minuteMs;

/**
 * How long after a fact it was recorded, in milliseconds (0 when recorded before its business time
 * was over anywhere): a date-time counts from its instant, a bare date from the end of that day in
 * the last zone to leave it, so an entry made the day it happened, wherever, is never late.
 * Undefined when either time is not a valid ISO 8601 value.
 */
export function recordingDelayMs(time: string, recordedAt: string): number | undefined {
  const given = parse(time);
  const recorded = parse(recordedAt);
  if (!given || !recorded) return undefined;
  const latest = given.epochMs + (given.hasTime ? 0 : dayMs + latestZoneMs);
  return Math.max(0, recorded.epochMs - latest);
}
