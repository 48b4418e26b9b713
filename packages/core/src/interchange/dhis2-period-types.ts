/** DHIS2's period types: names, ISO 8601 durations, and which of them SYT stores. */
import type { PeriodType } from '../period/index.ts';

/** Every fixed period type DHIS2 defines (DHIS2 2.41), by DHIS2's name. */
export const DHIS2_PERIOD_TYPES = [
  'Daily',
  'Weekly',
  'WeeklyWednesday',
  'WeeklyThursday',
  'WeeklySaturday',
  'WeeklySunday',
  'BiWeekly',
  'Monthly',
  'BiMonthly',
  'Quarterly',
  'QuarterlyNov',
  'SixMonthly',
  'SixMonthlyApril',
  'SixMonthlyNov',
  'Yearly',
  'FinancialApril',
  'FinancialJuly',
  'FinancialOct',
  'FinancialNov',
] as const;
/** A DHIS2 period type name. */
export type Dhis2PeriodType = (typeof DHIS2_PERIOD_TYPES)[number];

/** A DHIS2 period: its type, its code in canonical form, and its first and last days (inclusive). */
export interface Dhis2Period {
  type: Dhis2PeriodType;
  code: string;
  startDate: string;
  endDate: string;
}

/** The ISO 8601 duration DHIS2 writes in ADX for each type; the start date tells types of one length apart. */
export const ADX_DURATION: Readonly<Record<Dhis2PeriodType, string>> = {
  Daily: 'P1D',
  Weekly: 'P7D',
  WeeklyWednesday: 'P7D',
  WeeklyThursday: 'P7D',
  WeeklySaturday: 'P7D',
  WeeklySunday: 'P7D',
  BiWeekly: 'P14D',
  Monthly: 'P1M',
  BiMonthly: 'P2M',
  Quarterly: 'P3M',
  QuarterlyNov: 'P3M',
  SixMonthly: 'P6M',
  SixMonthlyApril: 'P6M',
  SixMonthlyNov: 'P6M',
  Yearly: 'P1Y',
  FinancialApril: 'P1Y',
  FinancialJuly: 'P1Y',
  FinancialOct: 'P1Y',
  FinancialNov: 'P1Y',
};

/** Other spellings of the same spans that ADX producers write. */
export const DURATION_ALIASES: Readonly<Record<string, string>> = { P1W: 'P7D', P2W: 'P14D', P12M: 'P1Y' };

const STORED: ReadonlySet<string> = new Set<PeriodType>(['Weekly', 'Monthly', 'Quarterly', 'SixMonthly', 'Yearly']);

/** True for the five types SYT stores data for; the server refuses the others ("loại kỳ chưa hỗ trợ"). */
export function isStoredPeriodType(type: string): type is PeriodType {
  return STORED.has(type);
}

/** True for a DHIS2 period type name (case as DHIS2 writes it). */
export function isDhis2PeriodType(value: unknown): value is Dhis2PeriodType {
  return (DHIS2_PERIOD_TYPES as readonly unknown[]).includes(value);
}
