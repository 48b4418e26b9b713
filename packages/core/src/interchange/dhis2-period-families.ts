/**
 * How each DHIS2 period type numbers its periods: a year and a position in it ↔ the first and last day.
 * Verified against DHIS2's period type classes: weeks of every start day count from the week holding
 * January 4th; bi-week n is ISO weeks 2n-1 and 2n; BiMonthly codes number the pair (`202402B` = March–April);
 * the November types take the year they end in (`2025NovS1` = November 2024 – April 2025).
 */
import { dayNumberFromParts, daysInMonth, isoWeekday, partsFromDayNumber } from '../period/iso-date.ts';
import { isoWeekOf, isoWeekStart, isoWeeksInYear } from '../period/iso-week.ts';
import type { Dhis2PeriodType } from './dhis2-period-types.ts';

/** Positions of a type: code ↔ (year, index) ↔ day numbers. */
export interface PeriodFamily {
  pattern: RegExp;
  /** Periods in `year`. */
  count(year: number): number;
  /** Day numbers of the first and last day of period `index` of `year`. */
  span(year: number, index: number): [number, number];
  code(year: number, index: number): string;
  /** The (year, index) of the period starting on day `start`, or null when none starts there. */
  starting(start: number): [number, number] | null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

// Weeks starting on `weekday` (1 Monday … 7 Sunday); week 1 holds January 4th, as ISO weeks do.
function weekStart(year: number, weekday: number, week: number): number {
  const jan4 = dayNumberFromParts(year, 1, 4);
  return jan4 - ((isoWeekday(jan4) - weekday + 7) % 7) + 7 * (week - 1);
}

function weeks(weekday: number, infix: string): PeriodFamily {
  const count = (year: number) => (weekStart(year + 1, weekday, 1) - weekStart(year, weekday, 1)) / 7;
  return {
    pattern: new RegExp(`^(\\d{4})${infix}W(\\d{1,2})$`),
    count,
    span: (year, index) => {
      const start = weekStart(year, weekday, index);
      return [start, start + 6];
    },
    // SYT's own weekly codes are zero-padded (`2024W05`); DHIS2 writes the others unpadded.
    code: (year, index) => `${year}${infix}W${infix === '' ? pad2(index) : index}`,
    starting: (start) => {
      if (isoWeekday(start) !== weekday) return null;
      const { year } = partsFromDayNumber(start);
      const owner = [year + 1, year, year - 1].find((y) => weekStart(y, weekday, 1) <= start)!;
      return [owner, (start - weekStart(owner, weekday, 1)) / 7 + 1];
    },
  };
}

const biWeeks: PeriodFamily = {
  pattern: /^(\d{4})BiW(\d{1,2})$/,
  count: (year) => Math.ceil(isoWeeksInYear(year) / 2),
  span: (year, index) => {
    const start = isoWeekStart(year, 2 * index - 1);
    return [start, start + 13];
  },
  code: (year, index) => `${year}BiW${index}`,
  starting: (start) => {
    const { year, week } = isoWeekOf(start);
    return isoWeekday(start) === 1 && week % 2 === 1 ? [year, (week + 1) / 2] : null;
  },
};

const days: PeriodFamily = {
  pattern: /^(\d{4})(\d{2})(\d{2})$/,
  count: (year) => dayNumberFromParts(year + 1, 1, 1) - dayNumberFromParts(year, 1, 1),
  span: (year, index) => {
    const day = dayNumberFromParts(year, 1, 1) + index - 1;
    return [day, day];
  },
  code: (year, index) => {
    const { month, day } = partsFromDayNumber(dayNumberFromParts(year, 1, 1) + index - 1);
    return `${year}${pad2(month)}${pad2(day)}`;
  },
  starting: (start) => {
    const { year } = partsFromDayNumber(start);
    return [year, start - dayNumberFromParts(year, 1, 1) + 1];
  },
};

/**
 * Periods of `months` months from `baseMonth`; `yearShift` -1 when the code names the year the periods end in.
 * `code` writes a position; `pattern` captures the year and, unless the type has one period a year, the position.
 */
function months(
  length: number,
  baseMonth: number,
  yearShift: number,
  pattern: RegExp,
  code: (year: number, index: number) => string,
): PeriodFamily {
  const firstMonth = (year: number, index: number): number =>
    (year + yearShift) * 12 + baseMonth - 1 + (index - 1) * length;
  const dayOfMonth = (total: number, day: (y: number, m: number) => number): number => {
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    return dayNumberFromParts(year, month, day(year, month));
  };
  return {
    pattern,
    count: () => 12 / length,
    span: (year, index) => {
      const first = firstMonth(year, index);
      return [dayOfMonth(first, () => 1), dayOfMonth(first + length - 1, daysInMonth)];
    },
    code,
    starting: (start) => {
      const { year, month, day } = partsFromDayNumber(start);
      const offset = year * 12 + month - 1 - (yearShift * 12 + baseMonth - 1);
      if (day !== 1 || offset % length !== 0) return null;
      return [Math.floor(offset / 12), (offset % 12) / length + 1];
    },
  };
}

const yearly = (base: number, shift: number, suffix: string): PeriodFamily =>
  months(12, base, shift, new RegExp(`^(\\d{4})${suffix}()$`), (year) => `${year}${suffix}`);
const numbered = (length: number, base: number, shift: number, infix: string): PeriodFamily =>
  months(length, base, shift, new RegExp(`^(\\d{4})${infix}(\\d)$`), (year, i) => `${year}${infix}${i}`);

/** The numbering of every DHIS2 period type. */
export const FAMILIES: Readonly<Record<Dhis2PeriodType, PeriodFamily>> = {
  Daily: days,
  Weekly: weeks(1, ''),
  WeeklyWednesday: weeks(3, 'Wed'),
  WeeklyThursday: weeks(4, 'Thu'),
  WeeklySaturday: weeks(6, 'Sat'),
  WeeklySunday: weeks(7, 'Sun'),
  BiWeekly: biWeeks,
  Monthly: months(1, 1, 0, /^(\d{4})(\d{2})$/, (year, i) => `${year}${pad2(i)}`),
  BiMonthly: months(2, 1, 0, /^(\d{4})(\d{2})B$/, (year, i) => `${year}${pad2(i)}B`),
  Quarterly: numbered(3, 1, 0, 'Q'),
  QuarterlyNov: numbered(3, 11, -1, 'NovQ'),
  SixMonthly: numbered(6, 1, 0, 'S'),
  SixMonthlyApril: numbered(6, 4, 0, 'AprilS'),
  SixMonthlyNov: numbered(6, 11, -1, 'NovS'),
  Yearly: yearly(1, 0, ''),
  FinancialApril: yearly(4, 0, 'April'),
  FinancialJuly: yearly(7, 0, 'July'),
  FinancialOct: yearly(10, 0, 'Oct'),
  FinancialNov: yearly(11, -1, 'Nov'),
};
