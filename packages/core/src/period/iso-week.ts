/**
 * ISO 8601 weeks: weeks start on Monday and week 1 is the week holding the year's first Thursday
 * (equivalently, January 4th), so a week belongs wholly to the ISO year of its Thursday.
 */
import { dayNumberFromParts, isoWeekday, partsFromDayNumber } from './iso-date.ts';
import { invalidYear } from './errors.ts';

/** Day number of the Monday that starts week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumberFromParts(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1) + 7 * (week - 1);
}

/** Number of ISO weeks (52 or 53) in an ISO year. */
export function isoWeeksInYear(year: number): number {
  if (!Number.isSafeInteger(year)) throw invalidYear(year);
  return (isoWeekStart(year + 1, 1) - isoWeekStart(year, 1)) / 7;
}

/** ISO year and week of a day number. */
export function isoWeekOf(dayNumber: number): { year: number; week: number } {
  const thursday = dayNumber - isoWeekday(dayNumber) + 4;
  const { year } = partsFromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumberFromParts(year, 1, 1)) / 7) + 1;
  return { year, week };
}
