/** What the report writer needs: the period, the org unit and its children, the package's diseases, figures. */
import type { Disease, Indicator } from '../metadata/types.ts';
import type { ReportCompleteness } from './completeness.ts';
import type { ReportFigures, ReportUnit } from './figures.ts';
import type { ReportHeader } from './model.ts';
import type { ReportKind } from './report-period.ts';
import type { ReportTarget } from './annual/annual-sections.ts';
import type { PlanTarget } from './monthly/plan-share.ts';
import type { OutbreakMonthStates } from '../outbreaks/month-states.ts';

export interface MonthlyReportInput {
  /** The report's kind; a monthly report when absent. */
  kind?: ReportKind;
  /** The period's code as the kind reads it: the month `YYYYMM`, `2023Q3`, `2023S1`, `2023`. */
  period: string;
  /** The report's org unit (the province). */
  orgUnit: ReportUnit;
  /** Its children valid during the period (the districts), in canonical order: the units of district lists. */
  children: ReportUnit[];
  /** The package's diseases (section 1.1 order and the watch list come from their metadata). */
  diseases: Disease[];
  /** The package's indicators (coverage, bed occupancy), for their decimals. */
  indicators: Indicator[];
  figures: ReportFigures;
  header: ReportHeader;
  /** The period's forms (every month's) and the states counted; absent where no form governs the figures (they are read as they are). */
  completeness?: ReportCompleteness;
  /** Each data set's elements, by data set code: which forms a section rests on. */
  dataSetElements?: Readonly<Record<string, readonly string[]>>;
  /** The annual review's plan targets of the report's unit for the year (absent for other kinds). */
  targets?: ReportTarget[];
  /**
   * The unit's plan targets in force for the report's year, when the report is to cite them (`đạt …% kế hoạch năm`
   * beside the figures they measure); absent, no target is cited.
   */
  planTargets?: PlanTarget[];
  /** Today on the server's clock (ISO date): no `đến` date is written after it. */
  today?: string;
  /**
   * Monthly reports: by outbreak element (`SXHD_OUTBREAKS`), the outbreaks of known closure active at the month's end
   * and closed within it; absent when no such record concerns the month (records converted from typed counts have no
   * known closure, so nothing is said of them).
   */
  outbreakStates?: Readonly<Record<string, OutbreakMonthStates>>;
}

/** The writer's input for any report kind (the monthly report's, with its `kind`). */
export type ReportInput = MonthlyReportInput;
