/**
 * Relative periods against a reference date. "This month" is the last finished month (on 2024-01-03 it is 202312),
 * "this week" the last finished ISO week; every other relative period counts from those two, so a dashboard opened
 * on the 3rd shows the month being reported, not three days of the new one.
 */
import type { RelativePeriod } from '../api/analytics.ts';
import { RELATIVE_PERIODS } from '../api/analytics.ts';
import { periodForDate, shiftPeriod, type Period, type PeriodType } from '../period/index.ts';

/** Whether an item of `pe` is a relative period keyword. */
export function isRelativePeriod(item: string): item is RelativePeriod {
  return (RELATIVE_PERIODS as readonly string[]).includes(item);
}

/** `count` consecutive periods ending with `last`, oldest first. */
function ending(last: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1));
}

const all = (type: PeriodType, year: number) => {
  const first = periodForDate(type, `${year}-01-01`);
  const last = periodForDate(type, `${year}-12-01`);
  return ending(last, last.index - first.index + 1);
};

/** The periods a relative period names on `today` (an ISO date), oldest first. */
export function resolveRelativePeriod(name: RelativePeriod, today: string): Period[] {
  const month = shiftPeriod(periodForDate('Monthly', today), -1);
  const week = shiftPeriod(periodForDate('Weekly', today), -1);
  const year = periodForDate('Yearly', month.startDate);
  const quarter = periodForDate('Quarterly', month.startDate);
  switch (name) {
    case 'THIS_MONTH': return [month];
    case 'LAST_MONTH': return [shiftPeriod(month, -1)];
    case 'SAME_MONTH_LAST_YEAR': return [shiftPeriod(month, -12)];
    case 'LAST_3_MONTHS': return ending(month, 3);
    case 'LAST_6_MONTHS': return ending(month, 6);
    case 'LAST_12_MONTHS': return ending(month, 12);
    case 'SAME_12_MONTHS_LAST_YEAR': return ending(shiftPeriod(month, -12), 12);
    case 'MONTHS_THIS_YEAR': return all('Monthly', year.year);
    case 'MONTHS_LAST_YEAR': return all('Monthly', year.year - 1);
    case 'THIS_QUARTER': return [quarter];
    case 'LAST_4_QUARTERS': return ending(quarter, 4);
    case 'QUARTERS_THIS_YEAR': return all('Quarterly', year.year);
    case 'THIS_YEAR': return [year];
    case 'LAST_YEAR': return [shiftPeriod(year, -1)];
    case 'LAST_5_YEARS': return ending(year, 5);
    case 'THIS_WEEK': return [week];
    case 'LAST_4_WEEKS': return ending(week, 4);
    case 'LAST_12_WEEKS': return ending(week, 12);
    case 'LAST_52_WEEKS': return ending(week, 52);
  }
}
