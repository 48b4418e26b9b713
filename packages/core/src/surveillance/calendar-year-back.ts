/**
 * R's way back by calendar years for weekly series with dates (`algo.farrington.referencetimepoints`): the same
 * date k years earlier (29 February becoming 1 March, as R's `seq(by = "-1 year")`), moved to the nearest day of the
 * judged period's weekday (ties go back in time, as R picks its first candidate).
 */
import { dayNumberFromParts, isoWeekday, parseIsoDate, toDayNumber } from '../period/iso-date.ts';
import type { IsoDate } from '../metadata/types.ts';

/** The day number of `date` moved `years` calendar years back, then to the nearest same weekday. */
export function calendarYearsBack(date: IsoDate, years: number): number {
  const parts = parseIsoDate(date);
  if (parts === null) return Number.NaN;
  const day = toDayNumber(date);
  // dayNumberFromParts normalises 29 February of a common year to 1 March, as R's POSIXlt arithmetic does.
  const back = dayNumberFromParts(parts.year - years, parts.month, parts.day);
  const shift = isoWeekday(back) - isoWeekday(day);
  const a = back - shift;
  const b = a + (a > back ? -7 : 7);
  return Math.abs(a - back) <= Math.abs(b - back) ? a : b;
}

/** The index whose date is the weekly reference point `years` back from `dates[index]`, or −1 when absent. */
export function weeklyIndexYearsBack(dates: readonly IsoDate[], index: number, years: number): number {
  const date = dates[index];
  if (date === undefined || parseIsoDate(date) === null) return -1;
  const target = calendarYearsBack(date, years);
  const candidate = index - Math.round((toDayNumber(date) - target) / 7);
  const found = dates[candidate];
  return found !== undefined && parseIsoDate(found) !== null && toDayNumber(found) === target ? candidate : -1;
}
