/** An analytics table laid out as a pivot grid: item rows and columns, subtotals, totals only where they are true. */
import type { AnalyticsTable, Dimension, PivotLayout } from '../api/analytics.ts';
import { DIMENSION_NAMES, pivotWords } from '../vi/pivot-words.ts';
import { refusal } from './additivity.ts';
import { combinations, coordsOf, cubeOf, sumOver, type Coords, type Cube } from './cube.ts';
import { headerRows, setRowHeaders } from './headers.ts';
import { filterDimensions } from './layout-check.ts';
import { PivotLayoutError, type PivotCell, type PivotColumn, type PivotGrid, type PivotRow } from './pivot-types.ts';

/** The key of the rows' total column, for sorting by it. */
export const TOTAL_COLUMN = 'TOTAL';

interface Ctx {
  table: AnalyticsTable;
  cube: Cube;
  base: Partial<Coords>;
  rows: Dimension[];
  columns: Dimension[];
}

/** The cell summing the block where `fixed` holds over the `free` dimensions, or the reason it would not be true. */
function block(ctx: Ctx, fixed: Partial<Coords>, free: readonly Dimension[]): PivotCell {
  const dx = fixed.dx === undefined ? ctx.table.items.dx : [ctx.cube.dataItems.get(fixed.dx)!];
  const reason = refusal(ctx.table, dx, free);
  const decimals = dx.length === 1 ? dx[0]!.decimals : null;
  if (reason) return { value: null, reason, decimals };
  return { value: sumOver(ctx.cube, fixed), reason: null, decimals };
}

function labelsOf(cube: Cube, dims: readonly Dimension[], codes: readonly string[]): string[] {
  return dims.map((d, i) => cube.items[d].find((item) => item.code === codes[i])!.name);
}

/** Lays `table` out as `layout` says; throws `PivotLayoutError` when the layout does not fit the table. */
export function pivotGrid(table: AnalyticsTable, layout: PivotLayout): PivotGrid {
  const filters = filterDimensions(table, layout);
  const cube = cubeOf(table);
  const base: Partial<Coords> = Object.fromEntries(filters.map((d) => [d, table.items[d][0]!.code]));
  const ctx: Ctx = { table, cube, base, rows: [...layout.rows], columns: [...layout.columns] };
  const rowCodes = combinations(cube, ctx.rows);
  const rowCoords = rowCodes.map((codes) => coordsOf(ctx.rows, codes, base));
  const allColumns: PivotColumn[] = combinations(cube, ctx.columns).map((codes) => ({
    key: codes.join('|'),
    codes,
    labels: labelsOf(cube, ctx.columns, codes),
    kind: 'item',
  }));
  const colCoords = allColumns.map((c) => coordsOf(ctx.columns, c.codes, {}));
  // The leaf figures, read once: hiding, the item rows and sorting all use them.
  const leaves = rowCoords.map((r) => colCoords.map((c) => cube.valueAt(r, c)));
  const shownColumns = allColumns.map(
    (_, j) => !layout.hideEmptyColumns || ctx.columns.length === 0 || leaves.some((row) => row[j] !== null),
  );
  // With no dimension on an axis its one line is the whole table: it is never hidden.
  const columns = allColumns.filter((_, j) => shownColumns[j]);
  const shownCoords = colCoords.filter((_, j) => shownColumns[j]);
  const withTotal = layout.totals.rows && ctx.columns.length > 0;
  if (withTotal) columns.push({ key: TOTAL_COLUMN, codes: [], labels: [pivotWords.total], kind: 'total' });

  const rowOf = (
    kind: PivotRow['kind'],
    codes: string[],
    labels: string[],
    fixed: Partial<Coords>,
    free: Dimension[],
  ): PivotRow => ({
    key: kind === 'item' ? codes.join('|') : `${kind}:${codes.join('|')}`,
    kind,
    codes,
    labels,
    headers: [],
    cells: columns.map((c, j) =>
      c.kind === 'total'
        ? block(ctx, fixed, [...free, ...ctx.columns])
        : block(ctx, { ...fixed, ...shownCoords[j] }, free),
    ),
  });
  const itemRow = (i: number): PivotRow => {
    const values = leaves[i]!.filter((_, j) => shownColumns[j]);
    const decimalsOf = (j: number) => cube.dataItems.get((rowCoords[i]!.dx ?? shownCoords[j]!.dx)!)!.decimals;
    const cells: PivotCell[] = values.map((value, j) => ({ value, reason: null, decimals: decimalsOf(j) }));
    if (withTotal) cells.push(block(ctx, rowCoords[i]!, ctx.columns));
    return {
      key: rowCodes[i]!.join('|'),
      kind: 'item',
      codes: rowCodes[i]!,
      labels: labelsOf(cube, ctx.rows, rowCodes[i]!),
      headers: [],
      cells,
    };
  };
  const shownRows = rowCodes.map(
    (_, i) => !layout.hideEmptyRows || ctx.rows.length === 0 || leaves[i]!.some((v) => v !== null),
  );
  const items = rowCodes.flatMap((_, i) => (shownRows[i] ? [itemRow(i)] : []));
  const sortBy = layout.sort ? sorter(columns, allColumns, layout.sort) : null;
  const body: PivotRow[] = [];
  if (layout.subtotals && ctx.rows.length >= 2) {
    const outer = ctx.rows[0]!;
    for (const item of cube.items[outer]) {
      const group = items.filter((r) => r.codes[0] === item.code);
      if (group.length === 0) continue;
      body.push(...(sortBy ? sortBy(group) : group));
      const labels = [pivotWords.subtotal(item.name), ...Array<string>(ctx.rows.length - 1).fill('')];
      body.push(rowOf('subtotal', [item.code], labels, { ...base, [outer]: item.code }, ctx.rows.slice(1)));
    }
  } else body.push(...(sortBy ? sortBy(items) : items));
  if (layout.totals.columns && ctx.rows.length > 0) {
    const labels = [pivotWords.grandTotal, ...Array<string>(ctx.rows.length - 1).fill('')];
    body.push(rowOf('total', [], labels, base, ctx.rows));
  }
  setRowHeaders(body, ctx.rows.length);
  return {
    rowDimensions: ctx.rows,
    columnDimensions: ctx.columns,
    filters: filters.map((d) => ({ dimension: d, code: table.items[d][0]!.code, label: table.items[d][0]!.name })),
    rowDimensionLabels: ctx.rows.map((d) => DIMENSION_NAMES[d]),
    headerRows: headerRows(columns, ctx.columns.length),
    columns,
    rows: body,
  };
}

/** Orders rows by one column's figures, empty cells last whichever the direction; ties keep the metadata order. */
function sorter(columns: readonly PivotColumn[], all: readonly PivotColumn[], sort: NonNullable<PivotLayout['sort']>) {
  const index = columns.findIndex((c) => c.key === sort.column);
  // A column hidden for being empty sorts nothing; a key naming no column at all is a mistake.
  if (index < 0 && all.some((c) => c.key === sort.column)) return (rows: PivotRow[]) => rows;
  if (index < 0) throw new PivotLayoutError('layout.sort.column', pivotWords.errors.unknownSortColumn(sort.column));
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (rows: PivotRow[]) =>
    [...rows].sort((a, b) => {
      const x = a.cells[index]!.value;
      const y = b.cells[index]!.value;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sign * (x - y);
    });
}
