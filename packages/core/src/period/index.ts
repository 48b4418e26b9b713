/** DHIS2 period codes and their calendar arithmetic (weekly, monthly, quarterly, six-monthly, yearly). */
export type { Period, PeriodType } from './period-types.ts';
export { MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, isPeriodType } from './period-types.ts';
export { PERIOD_FORMS, PeriodError, type PeriodErrorCode } from './errors.ts';
export { createPeriod, periodsInYear } from './create.ts';
export { parsePeriod, tryParsePeriod } from './parse.ts';
export { formatPeriod } from './format.ts';
export { comparePeriods, nextPeriod, previousPeriod, samePeriodLastYear, shiftPeriod } from './arithmetic.ts';
export { periodContains, periodForDate } from './locate.ts';
export { daysInPeriod, monthsOf, periodsBetween, yearToDate } from './ranges.ts';
export { isoWeeksInYear } from './iso-week.ts';
export { addDays, fromDayNumber, isIsoDate, toDayNumber } from './iso-date.ts';
export {
  CALENDAR_PERIOD_TYPES,
  CALENDAR_SOURCE,
  countsInRange,
  firstStoredDay,
  isCalendarPeriodType,
  isWeeklyRange,
  monthOfWeek,
  rollsWeeksIntoCalendar,
  type CountedRange,
} from './count-once.ts';
