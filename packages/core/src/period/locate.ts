/** Where a calendar date falls among periods. */
import type { IsoDate } from '../metadata/types.ts';
import { createShiftedPeriod } from './create.ts';
import { invalidDate, invalidPeriodType } from './errors.ts';
import { dayNumberFromParts, parseIsoDate, toDayNumber } from './iso-date.ts';
import { isoWeekOf } from './iso-week.ts';
import { MONTHS_PER_PERIOD, isPeriodType, type Period, type PeriodType } from './period-types.ts';

/**
 * The period of `type` holding `date`. A week belongs to its ISO year, so `2021-01-01` is in `2020W53`.
 * Throws `PeriodError` (INVALID_DATE, INVALID_PERIOD_TYPE, PERIOD_OUT_OF_RANGE).
 */
export function periodForDate(type: PeriodType, date: IsoDate): Period {
  if (!isPeriodType(type)) throw invalidPeriodType(type);
  const parts = parseIsoDate(date);
  if (!parts) throw invalidDate(date);
  if (type === 'Weekly') {
    const { year, week } = isoWeekOf(dayNumberFromParts(parts.year, parts.month, parts.day));
    return createShiftedPeriod(type, year, week);
  }
  const index = Math.floor((parts.month - 1) / MONTHS_PER_PERIOD[type]) + 1;
  return createShiftedPeriod(type, parts.year, index);
}

/** True when `date` lies within the period, both ends included; throws INVALID_DATE on a malformed date. */
export function periodContains(period: Period, date: IsoDate): boolean {
  const day = toDayNumber(date);
  return day >= toDayNumber(period.startDate) && day <= toDayNumber(period.endDate);
}
