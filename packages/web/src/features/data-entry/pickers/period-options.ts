import type { PeriodType } from '@syt/core/metadata/types.ts';
import { createPeriod, periodForDate, periodsInYear, shiftPeriod, tryParsePeriod } from '@syt/core/period/index.ts';
import { formatWeekLabel } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { serverToday } from '../../../lib/server-clock.ts';

/** How many years back the period picker offers (the demo data reach back to 2019). */
const YEARS_BACK = 9;

/** The period reported on by default: the one before the current period (last month for a monthly form). */
export function defaultPeriod(type: PeriodType, today = serverToday()): string {
  return shiftPeriod(periodForDate(type, today), -1).code;
}

/** Year and position of a period code of the given type, or null when the code is of another type. */
export function periodParts(code: string | undefined, type: PeriodType): { year: number; index: number } | null {
  const period = code ? tryParsePeriod(code) : null;
  return period && period.type === type ? { year: period.year, index: period.index } : null;
}

/** The period code at a position; positions past a year's end (week 53) fall back to the last one. */
export function periodAt(type: PeriodType, year: number, index: number): string {
  return createPeriod(type, year, Math.min(index, periodsInYear(type, year))).code;
}

/** Select options for the position within a year (Tháng 1 … Tháng 12; a week with its days, Tuần 47/2023 (20/11 – 26/11/2023)). */
export function positionOptions(type: PeriodType, year: number): { value: string; label: string }[] {
  return Array.from({ length: periodsInYear(type, year) }, (_, i) => ({
    value: String(i + 1),
    label: type === 'Weekly' ? formatWeekLabel(createPeriod(type, year, i + 1)) : vi.periods.position[type](i + 1),
  }));
}

/** Select options for the year: this year and the previous ones, plus the selected year if older. */
export function yearOptions(selected: number | undefined, today = serverToday()): string[] {
  const current = Number(today.slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => current - i);
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a).map(String);
}
