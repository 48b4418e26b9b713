/** Moving between periods of the same type, and ordering periods. */
import { createShiftedPeriod, periodsInYear } from './create.ts';
import { fromDayNumber, toDayNumber } from './iso-date.ts';
import { periodForDate } from './locate.ts';
import type { Period } from './period-types.ts';

/** The period `n` steps later (earlier when negative); throws PERIOD_OUT_OF_RANGE past years 1900–2999. */
export function shiftPeriod(period: Period, n: number): Period {
  if (!Number.isSafeInteger(n)) throw new RangeError(`shiftPeriod: n must be an integer, got ${n}`);
  if (period.type === 'Weekly') {
    // Weeks do not divide years evenly, so step by days and ask which ISO week that is.
    return periodForDate('Weekly', fromDayNumber(toDayNumber(period.startDate) + 7 * n));
  }
  const perYear = periodsInYear(period.type, period.year);
  const ordinal = period.year * perYear + (period.index - 1) + n;
  const year = Math.floor(ordinal / perYear);
  return createShiftedPeriod(period.type, year, ordinal - year * perYear + 1);
}

/** The following period of the same type. */
export function nextPeriod(period: Period): Period {
  return shiftPeriod(period, 1);
}

/** The preceding period of the same type. */
export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/**
 * The same position one year earlier: `202402` → `202302`, `2024Q3` → `2023Q3`.
 * Week 53 maps to week 52 when the previous ISO year has no week 53.
 */
export function samePeriodLastYear(period: Period): Period {
  const year = period.year - 1;
  // Only weeks can lack the index in the previous year (no week 53).
  const index = period.type === 'Weekly' ? Math.min(period.index, periodsInYear('Weekly', year)) : period.index;
  return createShiftedPeriod(period.type, year, index);
}

/**
 * Chronological order for `Array.prototype.sort`: by start date, then the shorter period first
 * (so `202401` sorts before `2024Q1`). Returns -1, 0 or 1; 0 only for the same period.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? -1 : 1;
  return 0;
}
