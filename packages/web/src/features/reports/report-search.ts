import type { PeriodType } from '@syt/core/metadata/types.ts';
import { isReportKind, parseReportPeriod, type ReportKind } from '@syt/core/report/report-period.ts';
import { defaultPeriod } from '../data-entry/pickers/period-options.ts';

/** The report page's address: `/bao-cao?org=62&period=202311`, or `&kind=quarterly&period=2023Q3` for another kind. */
export interface ReportSearch {
  org?: string;
  period?: string;
  /** The report kind; absent for the monthly report. */
  kind?: ReportKind;
  /** Count forms not yet sent (marked as provisional in the report): `&drafts=true`. */
  drafts?: boolean;
}

/** The period picker's type for a kind: the nine months and the year are picked by their year. */
export const KIND_PERIOD_TYPES: Record<ReportKind, PeriodType> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'half-year': 'SixMonthly',
  'nine-month': 'Yearly',
  annual: 'Yearly',
};

/** validateSearch for the report page: an unknown kind is dropped, and a period not of the kind's form. */
export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const result: ReportSearch = {};
  if (typeof search.org === 'string' && search.org.trim()) result.org = search.org.trim();
  const kind = isReportKind(search.kind) ? search.kind : 'monthly';
  if (kind !== 'monthly') result.kind = kind;
  const period = typeof search.period === 'string' || typeof search.period === 'number' ? String(search.period) : '';
  if (parseReportPeriod(kind, period)) result.period = period;
  if (search.drafts === true || search.drafts === 'true') result.drafts = true;
  return result;
}

/** The default period of a kind: last month, last quarter, the year's first half, last year. */
export function defaultReportPeriod(kind: ReportKind): string {
  const period = defaultPeriod(KIND_PERIOD_TYPES[kind]);
  // Only the first half has a six-month review.
  return kind === 'half-year' ? `${period.slice(0, 4)}S1` : period;
}

/** Defaults: the user's own unit, the monthly report and last month (the month being reported on). */
export function completeReportSearch(search: ReportSearch, scopeRoot: string): Required<ReportSearch> {
  const kind = search.kind ?? 'monthly';
  return { org: search.org ?? scopeRoot, period: search.period ?? defaultReportPeriod(kind), kind, drafts: search.drafts ?? false };
}
