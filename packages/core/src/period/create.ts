/** Building `Period` values from a type, a year and a position in that year. */
import { daysInMonth, fromDayNumber, isoDateFromParts } from './iso-date.ts';
import { isoWeekStart, isoWeeksInYear } from './iso-week.ts';
import { invalidPeriod, invalidPeriodType, periodOutOfRange } from './errors.ts';
import { periodCode } from './format.ts';
import {
  MAX_PERIOD_YEAR,
  MIN_PERIOD_YEAR,
  MONTHS_PER_PERIOD,
  isPeriodType,
  isSupportedYear,
  type Period,
  type PeriodType,
} from './period-types.ts';

/** How many periods of a type a year holds (52 or 53 for ISO weeks). */
export function periodsInYear(type: PeriodType, year: number): number {
  return type === 'Weekly' ? isoWeeksInYear(year) : 12 / MONTHS_PER_PERIOD[type];
}

/** True when type, year and index name a real, supported period. */
export function isValidPeriodPosition(type: PeriodType, year: number, index: number): boolean {
  return (
    isPeriodType(type) &&
    isSupportedYear(year) &&
    Number.isInteger(index) &&
    index >= 1 &&
    index <= periodsInYear(type, year)
  );
}

/** The period at `index` (from 1) of `year`; throws `PeriodError` INVALID_PERIOD when there is none. */
export function createPeriod(type: PeriodType, year: number, index: number): Period {
  if (!isPeriodType(type)) throw invalidPeriodType(type);
  if (!isValidPeriodPosition(type, year, index)) throw invalidPeriod(periodCode(type, year, index));
  return buildPeriod(type, year, index);
}

/** Like `createPeriod`, for positions reached by arithmetic: only the year can be wrong, and that is a range error. */
export function createShiftedPeriod(type: PeriodType, year: number, index: number): Period {
  if (!isSupportedYear(year)) throw periodOutOfRange(MIN_PERIOD_YEAR, MAX_PERIOD_YEAR);
  return buildPeriod(type, year, index);
}

// Callers have validated the position; this only computes dates.
function buildPeriod(type: PeriodType, year: number, index: number): Period {
  const [startDate, endDate] = type === 'Weekly' ? weekDates(year, index) : monthSpanDates(type, year, index);
  return Object.freeze({ type, code: periodCode(type, year, index), year, index, startDate, endDate });
}

function weekDates(year: number, week: number): [string, string] {
  const start = isoWeekStart(year, week);
  return [fromDayNumber(start), fromDayNumber(start + 6)];
}

function monthSpanDates(type: Exclude<PeriodType, 'Weekly'>, year: number, index: number): [string, string] {
  const span = MONTHS_PER_PERIOD[type];
  const firstMonth = (index - 1) * span + 1;
  const lastMonth = firstMonth + span - 1;
  return [isoDateFromParts(year, firstMonth, 1), isoDateFromParts(year, lastMonth, daysInMonth(year, lastMonth))];
}
