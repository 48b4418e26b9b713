/** The report kinds' periods as requests name them: parsed, or refused with a message naming the form expected. */
import { parsePeriod, type Period } from '@syt/core/period/index.ts';
import { isReportKind, monthlyReportPeriod, parseReportPeriod, type ReportKind, type ReportPeriod } from '@syt/core/report/report-period.ts';
import { periodWords, REPORT_KIND_NAMES, REPORT_PERIOD_FORMS, reportName } from '@syt/core/vi/period-words.ts';
import { nextPlanPeriod } from '@syt/core/report/report-period.ts';
import { AppError, badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';

/** The report kind a request names (monthly when absent), or 400 naming the field. */
export function requireKind(kind: string | undefined, field = 'kind'): ReportKind {
  if (kind === undefined) return 'monthly';
  if (!isReportKind(kind)) throw badRequest(vi.report.unknownKind(kind), [{ field, message: vi.report.unknownKind(kind) }]);
  return kind;
}

/**
 * The period of a report of `kind`, or 400 naming the field and the form the kind takes (`2023Q3` for a quarter).
 * A month keeps the monthly report's own message.
 */
export function requireReportPeriod(kind: ReportKind, code: string, field = 'period'): ReportPeriod {
  const period = parseReportPeriod(kind, code);
  if (period) return period;
  const message =
    kind === 'monthly' ? vi.notMonthly(code) : vi.report.wrongPeriodForKind(code, REPORT_KIND_NAMES[kind].toLocaleLowerCase('vi'), REPORT_PERIOD_FORMS[kind]);
  throw new AppError(400, 'INVALID_PERIOD', message, [{ field, message }]);
}

/** A month (`Period`) or a report period, as a report period. */
export function asReportPeriod(period: Period | ReportPeriod): ReportPeriod {
  return 'kind' in period ? period : monthlyReportPeriod(period);
}

/** The report's last month as a period (what Part II's plan and the monthly checks read). */
export function lastMonthOf(period: ReportPeriod): Period {
  return parsePeriod(`${period.year}${String(period.lastMonth).padStart(2, '0')}`);
}

/** The period in running text: `tháng 11/2023`, `quý III/2023`, `6 tháng đầu năm 2023`, `năm 2023`. */
export function periodReference(period: ReportPeriod): string {
  return periodWords(period, nextPlanPeriod(period)).reference;
}

/** `báo cáo tháng 11/2023`, `báo cáo quý III/2023`: a stored report as messages name it. */
export function storedReportName(kind: string, code: string): string {
  const period = parseReportPeriod(isReportKind(kind) ? kind : 'monthly', code);
  return period ? reportName(period) : `báo cáo ${code}`;
}
