/** The monthly report: its document model, the figures it reads, the writer and the print layout. */
export * from './model.ts';
export * from './figures.ts';
export * from './completeness.ts';
export * from './form-states.ts';
export type { MonthlyReportInput, ReportInput } from './input.ts';
export * from './report-period.ts';
export { buildReportFigures, reportSpans, type FigureContext } from './build-figures.ts';
export { defaultReportHeader, mergeHeader, placeName } from './header.ts';
export {
  layoutBody,
  hasContent,
  freeLines,
  sentenceRuns,
  type PrintParagraph,
  type PrintRun,
  type PrintRole,
} from './layout.ts';
export { writeMonthlyReport } from './monthly/write-monthly-report.ts';
export { writePeriodicReport, type PeriodicKind } from './periodic/write-periodic-report.ts';
export type { ReportTarget } from './annual/annual-sections.ts';
export type { PlanTarget } from './monthly/plan-share.ts';
