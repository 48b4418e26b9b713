import { GRID_LABELS, type GridBlock } from '@syt/core/form/section-grid.ts';

export interface BlockTotals {
  /** A "Tổng" column: each row is one element split by its breakdown, so the row adds up. */
  rows: boolean;
  /** A "Tổng" row: a disease table, where cases and deaths add up over the diseases. */
  columns: boolean;
}

/**
 * Which totals make sense for a block of counts. Rows of different indicators (the "Giá trị"
 * blocks) are never added up: a total of beds and visits means nothing.
 */
export function blockTotals(block: GridBlock): BlockTotals {
  const counts = block.rows.every((row) => row.cells.every((cell) => cell.valueType === 'INTEGER_ZERO_OR_POSITIVE'));
  if (!counts) return { rows: false, columns: false };
  const oneElementPerRow = block.rows.every((row) => new Set(row.cells.map((cell) => cell.dataElement)).size === 1);
  return {
    rows: block.columns.length > 1 && oneElementPerRow,
    columns: block.rows.length > 1 && block.columns.at(-1) === GRID_LABELS.deaths,
  };
}

/** The sum of the values that are counts; blanks and unfinished input count for nothing. */
export function sumOfCounts(values: readonly string[]): number {
  let sum = 0;
  for (const value of values) if (/^\d{1,15}$/.test(value.trim())) sum += Number(value.trim());
  return sum;
}
