/** The grid a pivot table becomes: what the web renders and the .xlsx and .csv exports write. */
import type { Dimension } from '../api/analytics.ts';

/** A column header cell; a header spans the leaf columns under it. The total column spans every header row. */
export interface PivotHeaderCell {
  label: string;
  code: string | null;
  colSpan: number;
  rowSpan: number;
  kind: 'item' | 'total';
}

/** A leaf column: one item of each column dimension (`codes`, in `columnDimensions` order), or the rows' total. */
export interface PivotColumn {
  /** Its item codes joined by `|` (the key `PivotLayout.sort.column` names), or `TOTAL`. */
  key: string;
  codes: string[];
  labels: string[];
  kind: 'item' | 'total';
}

/**
 * A figure, or null: no stored value, or a total that would not be true. A refused total carries its `reason`
 * (shown as "—" with a tooltip); an empty cell has none.
 */
export interface PivotCell {
  value: number | null;
  reason: string | null;
  /** The data item's decimals when the cell holds one data item; null otherwise. */
  decimals: number | null;
}

/** A row header cell, present on the first row it spans (later rows of the span hold null in its place). */
export interface PivotRowHeader {
  label: string;
  code: string | null;
  rowSpan: number;
  colSpan: number;
}

export interface PivotRow {
  key: string;
  /** `subtotal` follows each group of the outer row dimension; `total` is the last row, each column's total. */
  kind: 'item' | 'subtotal' | 'total';
  codes: string[];
  /** One label per row dimension, repeated on every row (the CSV writes them); a total's first label names it. */
  labels: string[];
  headers: (PivotRowHeader | null)[];
  cells: PivotCell[];
}

export interface PivotGrid {
  rowDimensions: Dimension[];
  columnDimensions: Dimension[];
  /** The dimensions on neither axis, each with its one item. */
  filters: { dimension: Dimension; code: string; label: string }[];
  /** Names of the row dimensions, for the top-left corner. */
  rowDimensionLabels: string[];
  /** One row per column dimension (at least one). */
  headerRows: PivotHeaderCell[][];
  columns: PivotColumn[];
  rows: PivotRow[];
}

/** A layout that does not fit its table: `field` is the layout's path, as a 400 names it. */
export class PivotLayoutError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PivotLayoutError';
  }
}
