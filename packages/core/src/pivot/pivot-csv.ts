/**
 * A pivot grid as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so that Excel reads the diacritics): the header
 * rows with their labels repeated over each span, then one line per row. Figures are written plainly (`1234.5`) so
 * that any program reads them back as numbers; no data and a refused total are empty fields.
 */
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormulaText } from '../interchange/formula-guard.ts';
import type { PivotGrid } from './pivot-types.ts';

const BOM = '\uFEFF';

/** The header lines: the row dimensions' names on the last, each column label under its whole span. */
export function csvHeaderLines(grid: PivotGrid): string[][] {
  const corner = grid.rowDimensions.length;
  return grid.headerRows.map((cells, level) => {
    const left = level === grid.headerRows.length - 1 ? grid.rowDimensionLabels : Array<string>(corner).fill('');
    const labels = cells.flatMap((c) => Array<string>(c.colSpan).fill(c.label));
    // The total column's cell sits in the first header row, spanning the others: its label is written on each.
    const total = grid.columns.at(-1)?.kind === 'total' && level > 0 ? [grid.columns.at(-1)!.labels[0]!] : [];
    return [...left, ...labels, ...total];
  });
}

/** The grid as CSV text, a BOM first. Labels typed by people are guarded against formula injection. */
export function pivotCsv(grid: PivotGrid): string {
  const guard = (labels: string[]) => labels.map((label) => neutraliseFormulaText(label));
  const lines = [
    ...csvHeaderLines(grid).map(guard),
    ...grid.rows.map((row) => [
      ...guard(row.labels),
      ...row.cells.map((c) => (c.value === null ? '' : String(c.value))),
    ]),
  ];
  return BOM + stringify(lines, { record_delimiter: 'windows' });
}
