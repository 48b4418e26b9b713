/**
 * Pivot tables drawn from an analytics table: the grid and its display format. The CSV writer is imported from
 * `pivot-csv.ts` on its own: its CSV library needs Node's Buffer, which the browser bundle does not have.
 */
export { pivotGrid, TOTAL_COLUMN } from './pivot-grid.ts';
export { formatPivotCell } from './format.ts';
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
