/**
 * How far a report's figures reach. A report over several months may be written before its last months are in (the
 * annual review is asked for in early December, "with figures to 30/11 and estimates for the year"): it then speaks
 * for January…the last month counted and says so, never for a month still running or one whose forms are all missing.
 */
import { monthsCounted } from '../targets/months-counted.ts';
import type { ReportCompleteness } from './completeness.ts';
import { periodSpans, type ReportPeriod } from './report-period.ts';

/**
 * The last month (1–12) a periodic report's figures speak for. The rule is the targets table's (`monthsCounted`,
 * then the last month reported): the period's months that have ended on `today`, cut at the last one in which some
 * form was counted, when forms govern the figures. Months after it hold no figure the report counts, so its dates
 * stop there. Null when no month of the period qualifies (the report then speaks as before, up to today).
 * A month is the monthly report's own business: it keeps its dates (its period, or today while the month runs).
 */
export function countedThrough(period: ReportPeriod, today: string | undefined, completeness: ReportCompleteness | undefined): number | null {
  if (period.kind === 'monthly') return period.lastMonth;
  const ended = today === undefined ? period.lastMonth : Math.min(period.lastMonth, monthsCounted(period.year, today));
  const forms = completeness?.forms.filter((f) => f.period !== undefined) ?? [];
  const counted = forms.filter((f) => completeness!.counted.includes(f.state)).map((f) => Number(f.period!.slice(4, 6)));
  const reported = forms.length === 0 ? ended : Math.max(0, ...counted);
  const through = Math.min(ended, reported);
  return through >= period.firstMonth ? through : null;
}

/** The completeness of the months counted only: the forms of later months are outside what the report states. */
export function completenessThrough(completeness: ReportCompleteness | undefined, period: ReportPeriod, through: number): ReportCompleteness | undefined {
  if (!completeness || period.kind === 'monthly') return completeness;
  const within = (f: { period?: string }) => f.period === undefined || Number(f.period.slice(4, 6)) <= through;
  return { ...completeness, forms: completeness.forms.filter(within), missing: completeness.missing.filter(within) };
}

/**
 * Whether the year to date is the period itself (a half-year, nine months, a year or a first quarter: they start in
 * January), so a year-to-date clause would repeat the period's figures. Read from the spans, not the kind. The
 * monthly report keeps its two sentences in January too: REPORT_STYLE.md's grammar is the same every month.
 */
export function yearToDateIsPeriod(period: ReportPeriod): boolean {
  if (period.kind === 'monthly') return false;
  const spans = periodSpans(period);
  return spans.month.from.code === spans.yearToDate.from.code && spans.month.to.code === spans.yearToDate.to.code;
}
