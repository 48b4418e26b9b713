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

/** The leaves of both axes: every row and column of items, the columns shown, and each leaf's figure. */
interface Axes extends Ctx {
  rowCodes: string[][];
  rowCoords: Coords[];
  allColumns: PivotColumn[];
  /** The columns shown, the total column last when there is one. */
  shown: PivotColumn[];
  shownColumns: boolean[];
  shownCoords: Partial<Coords>[];
  /** The figure of each item row at each item column, hidden ones included. */
  leaves: (number | null)[][];
}

function axesOf(ctx: Ctx, layout: PivotLayout): Axes {
  const { cube, base } = ctx;
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
  // With no dimension on an axis its one line is the whole table: it is never hidden.
  const shownColumns = allColumns.map(
    (_, j) => !layout.hideEmptyColumns || ctx.columns.length === 0 || leaves.some((row) => row[j] !== null),
  );
  const shown = allColumns.filter((_, j) => shownColumns[j]);
  if (layout.totals.rows && ctx.columns.length > 0) {
    shown.push({ key: TOTAL_COLUMN, codes: [], labels: [pivotWords.total], kind: 'total' });
  }
  const shownCoords = colCoords.filter((_, j) => shownColumns[j]);
  return { ...ctx, rowCodes, rowCoords, allColumns, shown, shownColumns, shownCoords, leaves };
}

/** A subtotal or total row: each column's block where `fixed` holds, summed over the `free` row dimensions. */
function blockRow(
  a: Axes,
  kind: 'subtotal' | 'total',
  codes: string[],
  label: string,
  fixed: Partial<Coords>,
  free: Dimension[],
): PivotRow {
  return {
    key: `${kind}:${codes.join('|')}`,
    kind,
    codes,
    labels: [label, ...Array<string>(Math.max(a.rows.length - 1, 0)).fill('')],
    headers: [],
    cells: a.shown.map((c, j) =>
      c.kind === 'total' ? block(a, fixed, [...free, ...a.columns]) : block(a, { ...fixed, ...a.shownCoords[j] }, free),
    ),
  };
}

/** The item rows shown, each with its figures and, when asked, its total. */
function itemRows(a: Axes, layout: PivotLayout): PivotRow[] {
  const withTotal = a.shown.at(-1)?.kind === 'total';
  return a.rowCodes.flatMap((codes, i): PivotRow[] => {
    const leaves = a.leaves[i]!;
    if (layout.hideEmptyRows && a.rows.length > 0 && leaves.every((v) => v === null)) return [];
    const row = a.rowCoords[i]!;
    const decimalsOf = (j: number) => a.cube.dataItems.get((row.dx ?? a.shownCoords[j]!.dx)!)!.decimals;
    const cells: PivotCell[] = leaves
      .filter((_, j) => a.shownColumns[j])
      .map((value, j) => ({ value, reason: null, decimals: decimalsOf(j) }));
    if (withTotal) cells.push(block(a, row, a.columns));
    return [{ key: codes.join('|'), kind: 'item', codes, labels: labelsOf(a.cube, a.rows, codes), headers: [], cells }];
  });
}

/** Item rows in order (sorted within each group of the outer dimension when it has subtotals), then the total row. */
function arranged(a: Axes, layout: PivotLayout, items: PivotRow[]): PivotRow[] {
  const sortBy = layout.sort ? sorter(a.shown, a.allColumns, layout.sort) : (rows: PivotRow[]) => rows;
  const body: PivotRow[] = [];
  if (layout.subtotals && a.rows.length >= 2) {
    const outer = a.rows[0]!;
    for (const item of a.cube.items[outer]) {
      const group = items.filter((r) => r.codes[0] === item.code);
      if (group.length === 0) continue;
      const fixed = { ...a.base, [outer]: item.code };
      body.push(
        ...sortBy(group),
        blockRow(a, 'subtotal', [item.code], pivotWords.subtotal(item.name), fixed, a.rows.slice(1)),
      );
    }
  } else body.push(...sortBy(items));
  if (layout.totals.columns && a.rows.length > 0)
    body.push(blockRow(a, 'total', [], pivotWords.grandTotal, a.base, a.rows));
  return body;
}

/** Lays `table` out as `layout` says; throws `PivotLayoutError` when the layout does not fit the table. */
export function pivotGrid(table: AnalyticsTable, layout: PivotLayout): PivotGrid {
  const filters = filterDimensions(table, layout);
  const cube = cubeOf(table);
  const base: Partial<Coords> = Object.fromEntries(filters.map((d) => [d, table.items[d][0]!.code]));
  const a = axesOf({ table, cube, base, rows: [...layout.rows], columns: [...layout.columns] }, layout);
  const rows = arranged(a, layout, itemRows(a, layout));
  setRowHeaders(rows, a.rows.length);
  return {
    rowDimensions: a.rows,
    columnDimensions: a.columns,
    filters: filters.map((d) => ({ dimension: d, code: table.items[d][0]!.code, label: table.items[d][0]!.name })),
    rowDimensionLabels: a.rows.map((d) => DIMENSION_NAMES[d]),
    headerRows: headerRows(a.shown, a.columns.length),
    columns: a.shown,
    rows,
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
