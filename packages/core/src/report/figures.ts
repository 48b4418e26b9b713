/** What the report writer reads: figures over the report's org unit and its children, for each span of the month. */
import type { FigureSpan } from './model.ts';

/** The report's figures, already aggregated over time (SUM or LAST) and over org units. */
export interface ReportFigures {
  /** The report month, `YYYYMM`. */
  readonly period: string;
  /**
   * The total over the report's org unit and everything below it, for an element (`LAO_CASES`), one option of it
   * (`LAO_CASES.AFB_POS`) or an indicator (`KCB_BED_OCCUPANCY`, rounded to its decimals); null when nothing is stored.
   */
  total(item: string, span: FigureSpan): number | null;
  /** Each child org unit's share (the districts), by child code; children with nothing or zero are absent. */
  byUnit(item: string, span: FigureSpan): ReadonlyMap<string, number>;
  /**
   * The total of a summed element (or one option of it) in each month of `year`, January first; null for a month
   * with nothing stored. What the year's estimate is made from; absent where the figures hold no months.
   */
  monthTotals?(item: string, year: number): (number | null)[];
}

/** One stored figure as the server reads it for a report: summed over nothing, keyed by codes. */
export interface FigureRow {
  element: string;
  /** Option-combo code (`default` when the element has no breakdown). */
  option: string;
  orgUnit: string;
  period: string;
  value: number;
}

/** A child org unit of the report's unit, in the province's canonical order. */
export interface ReportUnit {
  code: string;
  /** `Đăk Hà`, `Thành phố Kon Tum`. */
  name: string;
  /** How it is written inside a sentence (`thành phố Kon Tum`); defaults to the name. */
  sentenceName?: string;
  sortOrder: number;
}
