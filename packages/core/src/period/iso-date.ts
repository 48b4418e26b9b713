/**
 * Plain calendar dates as ISO strings and as day numbers (days since 1970-01-01),
 * on the proleptic Gregorian calendar. Integer math only: no Date, no time zone, no locale.
 */
import type { IsoDate } from '../metadata/types.ts';
import { invalidDate } from './errors.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (H. Hinnant's `days_from_civil`). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Civil date of a day number (H. Hinnant's `civil_from_days`). */
export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Formats civil date parts as `YYYY-MM-DD`. */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a real `YYYY-MM-DD` date into its parts, or null (e.g. `2023-02-29`). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when the string is a real `YYYY-MM-DD` date. */
export function isIsoDate(date: string): boolean {
  return parseIsoDate(date) !== null;
}

/** Day number of an ISO date; throws `PeriodError` INVALID_DATE on anything else. */
export function toDayNumber(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw invalidDate(date);
  return dayNumberFromParts(parts.year, parts.month, parts.day);
}

/** ISO date of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return isoDateFromParts(year, month, day);
}

/** The ISO date `days` later (or earlier, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday. */
export function isoWeekday(dayNumber: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
