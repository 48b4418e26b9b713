/** The `Period` value and the facts about each DHIS2 period type. */
import { PERIOD_TYPES, type IsoDate, type PeriodType } from '../metadata/types.ts';

export type { PeriodType };

/** One reporting period, e.g. `202402` (February 2024); immutable, compare with `comparePeriods`. */
export interface Period {
  readonly type: PeriodType;
  /** DHIS2 code in canonical form: `2024W05`, `202402`, `2024Q1`, `2024S1`, `2024`. */
  readonly code: string;
  /** Calendar year; for `Weekly` the ISO week-year, which can differ from the year of `startDate`. */
  readonly year: number;
  /** Position within the year from 1 (week, month, quarter, half); always 1 for `Yearly`. */
  readonly index: number;
  /** First day, inclusive. */
  readonly startDate: IsoDate;
  /** Last day, inclusive. */
  readonly endDate: IsoDate;
}

/** Earliest year a period may fall in; older codes are typing mistakes, not history. */
export const MIN_PERIOD_YEAR = 1900;
/** Latest year a period may fall in; keeps codes at four-digit years. */
export const MAX_PERIOD_YEAR = 2999;

/** Months spanned by each calendar-aligned (non-weekly) period type. */
export const MONTHS_PER_PERIOD = {
  Monthly: 1,
  Quarterly: 3,
  SixMonthly: 6,
  Yearly: 12,
} as const satisfies Record<Exclude<PeriodType, 'Weekly'>, number>;

/** Type guard for the period types this module understands. */
export function isPeriodType(value: unknown): value is PeriodType {
  return (PERIOD_TYPES as readonly unknown[]).includes(value);
}

/** True when `year` is an integer within MIN_PERIOD_YEAR..MAX_PERIOD_YEAR. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_PERIOD_YEAR && year <= MAX_PERIOD_YEAR;
}
