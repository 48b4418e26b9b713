/** What the monthly report writer needs: the month, the org unit and its children, the package's diseases, figures. */
import type { Disease, Indicator } from '../metadata/types.ts';
import type { ReportCompleteness } from './completeness.ts';
import type { ReportFigures, ReportUnit } from './figures.ts';
import type { ReportHeader } from './model.ts';

export interface MonthlyReportInput {
  /** The month, `YYYYMM`. */
  period: string;
  /** The report's org unit (the province). */
  orgUnit: ReportUnit;
  /** Its children valid in the month (the districts), in canonical order: the units of district lists. */
  children: ReportUnit[];
  /** The package's diseases (section 1.1 order and the watch list come from their metadata). */
  diseases: Disease[];
  /** The package's indicators (coverage, bed occupancy), for their decimals. */
  indicators: Indicator[];
  figures: ReportFigures;
  header: ReportHeader;
  /** The month's forms and the states counted; absent where no form governs the figures (they are read as they are). */
  completeness?: ReportCompleteness;
  /** Each data set's elements, by data set code: which forms a section rests on. */
  dataSetElements?: Readonly<Record<string, readonly string[]>>;
  /** Today on the server's clock (ISO date): no `đến` date is written after it. */
  today?: string;
}
