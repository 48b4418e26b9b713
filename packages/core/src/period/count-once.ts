/**
 * Each stored value is counted once across period types.
 *
 * An element may be collected both monthly (BTN_THANG) and weekly (BTN_TUAN): the two are separate reports of the
 * same cases, so adding them would count every case twice. The rule:
 * - a calendar range (month, quarter, half-year, year) sums only values stored for calendar period types
 *   (Monthly, Quarterly, SixMonthly, Yearly) whose first day lies in it;
 * - a weekly range sums only Weekly values whose first day lies in it;
 * - one exception: an element that no calendar-period data set holds (a weekly-only element) has no calendar values,
 *   so its weeks are rolled into calendar ranges, each ISO week in the month holding its Thursday (2020W53,
 *   28/12/2020–03/01/2021, counts in December 2020 and in 2020; 2023W44, 30/10–05/11/2023, in November 2023).
 * Monthly values are never split into weeks. A range's two ends are both weeks or both calendar periods.
 */
import { periodForDate } from './locate.ts';
import { addDays } from './iso-date.ts';
import type { Period, PeriodType } from './period-types.ts';

/** A span of periods, both ends included (the shape of `PeriodRange`). */
export interface CountedRange {
  readonly from: Period;
  readonly to: Period;
}

/** The period types of calendar months and their multiples. */
export const CALENDAR_PERIOD_TYPES = ['Monthly', 'Quarterly', 'SixMonthly', 'Yearly'] as const satisfies readonly PeriodType[];

/** Source types assumed for an element whose data sets are not known: a calendar one, so weeks never add in. */
export const CALENDAR_SOURCE: readonly PeriodType[] = ['Monthly'];

/** True for Monthly, Quarterly, SixMonthly and Yearly. */
export function isCalendarPeriodType(type: PeriodType): boolean {
  return type !== 'Weekly';
}

/** The month an ISO week counts in: the one holding its Thursday (`2020W53` → `202012`, `2023W44` → `202311`). */
export function monthOfWeek(week: Period): Period {
  if (week.type !== 'Weekly') throw new TypeError(`${week.code} is not a week`);
  return periodForDate('Monthly', addDays(week.startDate, 3));
}

/**
 * Whether weekly values of an element roll into calendar ranges, given the period types of the data sets holding it:
 * only when none of them is a calendar type (a weekly-only element, or one no data set holds).
 */
export function rollsWeeksIntoCalendar(sourcePeriodTypes: readonly PeriodType[]): boolean {
  return !sourcePeriodTypes.some(isCalendarPeriodType);
}

/** True when the range is read from weekly values (its first end is a week). */
export function isWeeklyRange(range: CountedRange): boolean {
  return range.from.type === 'Weekly';
}

/**
 * Whether a value stored for `stored` counts in `range`, for an element held by data sets of `sourcePeriodTypes`
 * (see the rule at the top of this file).
 */
export function countsInRange(stored: Period, range: CountedRange, sourcePeriodTypes: readonly PeriodType[]): boolean {
  const inside = (day: string) => day >= range.from.startDate && day <= range.to.endDate;
  if (isWeeklyRange(range)) return stored.type === 'Weekly' && inside(stored.startDate);
  if (stored.type !== 'Weekly') return inside(stored.startDate);
  return rollsWeeksIntoCalendar(sourcePeriodTypes) && inside(monthOfWeek(stored).startDate);
}

/**
 * The first day of the stored periods a range may read: three days earlier for a calendar range, whose first month may
 * hold the Thursday of a week begun in the month before. Queries fetch from here; `countsInRange` decides.
 */
export function firstStoredDay(range: CountedRange): string {
  return isWeeklyRange(range) ? range.from.startDate : addDays(range.from.startDate, -3);
}
