/** Spans of periods: runs between two periods, year to date, days, and the months covered. */
import { createPeriod } from './create.ts';
import { periodTypeMismatch } from './errors.ts';
import { toDayNumber } from './iso-date.ts';
import { comparePeriods, nextPeriod, shiftPeriod } from './arithmetic.ts';
import { monthOfWeek } from './count-once.ts';
import { MONTHS_PER_PERIOD, type Period } from './period-types.ts';

/** Every period from `from` to `to`, both included; empty when `from` is after `to`. Throws PERIOD_TYPE_MISMATCH. */
export function periodsBetween(from: Period, to: Period): Period[] {
  if (from.type !== to.type) throw periodTypeMismatch(from.code, to.code);
  const periods: Period[] = [];
  for (let p = from; comparePeriods(p, to) <= 0; p = nextPeriod(p)) {
    periods.push(p);
    if (p.code === to.code) break; // never step past the end, which may be the last supported period
  }
  return periods;
}

/**
 * From the first period of the same type in the period's year up to the period itself:
 * `202402` → 202401..202402, `2024Q3` → 2024Q1..2024Q3. Weeks count from W01 of the ISO week-year.
 */
export function yearToDate(period: Period): { from: Period; to: Period } {
  return { from: createPeriod(period.type, period.year, 1), to: period };
}

/** Number of days in the period, both ends included (`202402` → 29). */
export function daysInPeriod(period: Period): number {
  return toDayNumber(period.endDate) - toDayNumber(period.startDate) + 1;
}

/**
 * The monthly periods covering a period, in order: itself for a month, 3 for a quarter, 6 for a half, 12 for a year.
 * A week straddling two months is reported in the one month holding its Thursday (the ISO convention),
 * so each week counts in exactly one month.
 */
export function monthsOf(period: Period): Period[] {
  if (period.type === 'Weekly') {
    return [monthOfWeek(period)];
  }
  const span = MONTHS_PER_PERIOD[period.type];
  const first = createPeriod('Monthly', period.year, (period.index - 1) * span + 1);
  return Array.from({ length: span }, (_, i) => shiftPeriod(first, i));
}
