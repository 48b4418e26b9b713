/**
 * The period a report speaks for, whatever its kind: a month, a quarter, the first half-year, the first nine months
 * or the whole year. Every kind covers whole calendar months of one year, so its spans (this period, the period
 * before, the same period last year, the year to date) are runs of months the figure builder aggregates alike.
 */
import type { PeriodRange } from '../aggregate/index.ts';
import { samePeriodLastYearRange, shiftRange } from '../aggregate/ranges.ts';
import { createPeriod, tryParsePeriod, type Period } from '../period/index.ts';
import type { FigureSpan } from './model.ts';

/** The report kinds, stored in `report_instance.kind` and named by the CLI and the API. */
export const REPORT_KINDS = ['monthly', 'quarterly', 'half-year', 'nine-month', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export function isReportKind(value: unknown): value is ReportKind {
  return (REPORT_KINDS as readonly unknown[]).includes(value);
}

/** A report's period, resolved. */
export interface ReportPeriod {
  kind: ReportKind;
  /**
   * The code the report is stored and asked for under: `202311` (monthly), `2023Q3` (quarterly), `2023S1`
   * (half-year), `2023` (nine-month: January to September; annual: the whole year). The kind tells the two `2023`s apart.
   */
  code: string;
  year: number;
  /** First and last month covered, 1–12. */
  firstMonth: number;
  lastMonth: number;
  /** First and last day covered (ISO). */
  startDate: string;
  endDate: string;
}

// Each kind's code as the period module reads it, and the months it covers (null: not a period of this kind).
const COVERS: Record<ReportKind, (p: Period) => { first: number; last: number } | null> = {
  monthly: (p) => (p.type === 'Monthly' ? { first: p.index, last: p.index } : null),
  quarterly: (p) => (p.type === 'Quarterly' ? { first: p.index * 3 - 2, last: p.index * 3 } : null),
  // The six-month review (sơ kết 6 tháng) is of the first half; the second half is the annual review's business.
  'half-year': (p) => (p.type === 'SixMonthly' && p.index === 1 ? { first: 1, last: 6 } : null),
  'nine-month': (p) => (p.type === 'Yearly' ? { first: 1, last: 9 } : null),
  annual: (p) => (p.type === 'Yearly' ? { first: 1, last: 12 } : null),
};

/** The period of a report of `kind` named by `code`, or null when the code is not of the kind's form. */
export function parseReportPeriod(kind: ReportKind, code: string): ReportPeriod | null {
  const period = tryParsePeriod(code);
  const covers = period ? COVERS[kind](period) : null;
  if (!period || !covers) return null;
  const first = createPeriod('Monthly', period.year, covers.first);
  const last = createPeriod('Monthly', period.year, covers.last);
  return {
    kind,
    code: period.code,
    year: period.year,
    firstMonth: covers.first,
    lastMonth: covers.last,
    startDate: first.startDate,
    endDate: last.endDate,
  };
}

/** A month as a monthly report's period. */
export function monthlyReportPeriod(month: Period): ReportPeriod {
  return parseReportPeriod('monthly', month.code)!;
}

/** The months a report period covers. */
export function periodMonths(period: ReportPeriod): PeriodRange {
  return {
    from: createPeriod('Monthly', period.year, period.firstMonth),
    to: createPeriod('Monthly', period.year, period.lastMonth),
  };
}

/** The number of months covered: 1, 3, 6, 9 or 12. */
export function monthCount(period: ReportPeriod): number {
  return period.lastMonth - period.firstMonth + 1;
}

/**
 * The ranges of the spans, in months. The span keys keep the monthly report's names (they are stored in every
 * figure reference), read as: `month` this period, `previousMonth` the period just before it (as many months),
 * `sameMonthLastYear` the same period a year earlier, `yearToDate` January to the period's last month, and
 * `yearToDateLastYear` that a year earlier. 2023Q3 → 202307..202309, 202304..202306, 202207..202209,
 * 202301..202309, 202201..202209.
 */
export function periodSpans(period: ReportPeriod): Record<FigureSpan, PeriodRange> {
  const current = periodMonths(period);
  const yearToDate = { from: createPeriod('Monthly', period.year, 1), to: current.to };
  return {
    month: current,
    previousMonth: shiftRange(current, -monthCount(period)),
    sameMonthLastYear: samePeriodLastYearRange(current),
    yearToDate,
    yearToDateLastYear: samePeriodLastYearRange(yearToDate),
  };
}

/**
 * Whether the period before is worth a comparison: not for the nine months (the nine before them straddle two
 * years) nor the year (the year before is already the same period last year).
 */
export function comparesWithPreviousPeriod(period: ReportPeriod): boolean {
  return period.kind !== 'nine-month' && period.kind !== 'annual';
}

/** The period after, as Part II plans it: the next month, quarter, half, the last quarter, or the next year. */
export function nextPlanPeriod(period: ReportPeriod): { year: number; firstMonth: number; lastMonth: number } {
  if (period.kind === 'annual') return { year: period.year + 1, firstMonth: 1, lastMonth: 12 };
  if (period.lastMonth === 12) return { year: period.year + 1, firstMonth: 1, lastMonth: monthCount(period) };
  const firstMonth = period.lastMonth + 1;
  const length = period.kind === 'nine-month' ? 3 : monthCount(period);
  return { year: period.year, firstMonth, lastMonth: firstMonth + length - 1 };
}
