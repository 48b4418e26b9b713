/** Period ranges the reports use (month, year to date, same period last year), built on period arithmetic. */
import { monthsOf, samePeriodLastYear, shiftPeriod, toDayNumber, yearToDate, type Period } from '../period/index.ts';
import type { PeriodRange } from './types.ts';

/** The months covering a period: `202402` → 202402..202402, `2024Q1` → 202401..202403 (a week → its month). */
export function monthRange(period: Period): PeriodRange {
  const months = monthsOf(period);
  return { from: months[0]!, to: months[months.length - 1]! };
}

/** From the first period of the year up to the period ("lũy tích"): `202403` → 202401..202403. */
export function yearToDateRange(period: Period): PeriodRange {
  return yearToDate(period);
}

/** Both ends one year earlier: 202401..202403 → 202301..202303. */
export function samePeriodLastYearRange(range: PeriodRange): PeriodRange {
  return { from: samePeriodLastYear(range.from), to: samePeriodLastYear(range.to) };
}

/** Both ends `n` periods of their own type later (earlier when negative), as `periodOffset(n)` reads. */
export function shiftRange(range: PeriodRange, n: number): PeriodRange {
  return n === 0 ? range : { from: shiftPeriod(range.from, n), to: shiftPeriod(range.to, n) };
}

/** Days from the first day of `from` to the last day of `to` (the sum of the days of its periods); 0 when reversed. */
export function daysInRange(range: PeriodRange): number {
  return Math.max(0, toDayNumber(range.to.endDate) - toDayNumber(range.from.startDate) + 1);
}

/** Whether a stored period belongs to the range: its start date lies between the range's first and last day. */
export function startsInRange(period: Period, range: PeriodRange): boolean {
  return period.startDate >= range.from.startDate && period.startDate <= range.to.endDate;
}
