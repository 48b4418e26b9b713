import { defaultPeriod, periodParts } from '../data-entry/pickers/period-options.ts';

/** The report page's address: `/bao-cao?org=62&period=202311`. */
export interface ReportSearch {
  org?: string;
  period?: string;
  /** Count forms not yet sent (marked as provisional in the report): `&drafts=true`. */
  drafts?: boolean;
}

/** validateSearch for the report page: a period that is not a month is dropped. */
export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const result: ReportSearch = {};
  if (typeof search.org === 'string' && search.org.trim()) result.org = search.org.trim();
  const period = typeof search.period === 'string' || typeof search.period === 'number' ? String(search.period) : '';
  if (periodParts(period, 'Monthly')) result.period = period;
  if (search.drafts === true || search.drafts === 'true') result.drafts = true;
  return result;
}

/** Defaults: the user's own unit and last month (the month being reported on). */
export function completeReportSearch(search: ReportSearch, scopeRoot: string): Required<ReportSearch> {
  return { org: search.org ?? scopeRoot, period: search.period ?? defaultPeriod('Monthly'), drafts: search.drafts ?? false };
}
