/**
 * The periodic reports (quarter, six-month review, nine months, year): the monthly report's sections written over
 * the period's months, with the period's title, comparisons and Part II. Each kind's words live in `vi/period-words.ts`.
 */
import type { MonthlyReportInput } from '../input.ts';
import type { ReportDocument } from '../model.ts';
import { writeMonthlyReport } from '../monthly/write-monthly-report.ts';
import type { ReportKind } from '../report-period.ts';

/** A report kind other than the month. */
export type PeriodicKind = Exclude<ReportKind, 'monthly'>;

/** The report of `kind` over `input.period` (`2023Q3`, `2023S1`, `2023`), from the same section writers. */
export function writePeriodicReport(kind: PeriodicKind, input: Omit<MonthlyReportInput, 'kind'>): ReportDocument {
  return writeMonthlyReport({ ...input, kind });
}
