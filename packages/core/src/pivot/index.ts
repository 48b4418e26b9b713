/** Pivot tables drawn from an analytics table: the grid, its display format and its CSV. */
export { pivotGrid, TOTAL_COLUMN } from './pivot-grid.ts';
export { formatPivotCell } from './format.ts';
export { pivotCsv, csvHeaderLines } from './pivot-csv.ts';
export { refusal, periodsDisjoint } from './additivity.ts';
export {
  PivotLayoutError,
  type PivotCell,
  type PivotColumn,
  type PivotGrid,
  type PivotHeaderCell,
  type PivotRow,
  type PivotRowHeader,
} from './pivot-types.ts';
