/**
 * A pivot grid as a one-sheet .xlsx: the filters above, the header rows merged over their spans and frozen, row
 * headers merged down their groups, figures as numbers (an empty cell for no data), totals in bold, a refused total
 * empty with its reason as a note.
 */
import { neutraliseFormulaText } from '@syt/core/interchange/index.ts';
import type { PivotCell, PivotGrid } from '@syt/core/pivot/index.ts';
import { DIMENSION_NAMES } from '@syt/core/vi/pivot-words.ts';
import ExcelJS from 'exceljs';
import { analyticsExportMessages as m } from './analytics-export.messages.ts';

const thin = { style: 'thin' } as const;
const BORDER = { top: thin, bottom: thin, left: thin, right: thin };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };

/** Excel's invariant format codes; a Vietnamese desktop shows them with its own separators (1.234,5). */
function numFmt(cell: PivotCell): string {
  if (cell.decimals === 0) return '#,##0';
  if (cell.decimals !== null) return `#,##0.${'0'.repeat(Math.min(cell.decimals, 6))}`;
  return '#,##0.###';
}

/** Where the table starts: after one line per filter and a blank line (none when there is no filter). */
export function tableStartRow(grid: PivotGrid): number {
  return grid.filters.length ? grid.filters.length + 2 : 1;
}

/** The grid as .xlsx bytes. */
export async function pivotWorkbook(grid: PivotGrid): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'SYT';
  const ws = book.addWorksheet(m.sheet);
  const left = grid.rowDimensions.length;
  grid.filters.forEach((f, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = neutraliseFormulaText(m.filterLine(DIMENSION_NAMES[f.dimension], f.label));
    cell.font = { italic: true };
  });
  const top = tableStartRow(grid);
  writeHeader(ws, grid, top);
  const bodyTop = top + grid.headerRows.length;
  grid.rows.forEach((row, r) => {
    const at = bodyTop + r;
    const bold = row.kind !== 'item';
    row.headers.forEach((h, c) => {
      if (!h) return;
      const cell = ws.getCell(at, c + 1);
      cell.value = neutraliseFormulaText(h.label);
      cell.font = { bold };
      cell.alignment = { vertical: 'top', wrapText: true };
      if (h.rowSpan > 1 || h.colSpan > 1) ws.mergeCells(at, c + 1, at + h.rowSpan - 1, c + h.colSpan);
    });
    row.cells.forEach((value, c) => {
      const cell = ws.getCell(at, left + c + 1);
      if (value.value !== null) cell.value = value.value;
      cell.numFmt = numFmt(value);
      if (value.reason) cell.note = value.reason;
      if (bold || grid.columns[c]!.kind === 'total') cell.font = { bold: true };
    });
  });
  const width = left + grid.columns.length;
  for (let r = top; r < bodyTop + grid.rows.length; r++) {
    for (let c = 1; c <= width; c++) ws.getCell(r, c).border = BORDER;
  }
  ws.views = [{ state: 'frozen', xSplit: left, ySplit: bodyTop - 1 }];
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = c <= left ? 28 : 14;
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Header rows from `top`: the row dimensions' names down the corner, each column header over its span. */
function writeHeader(ws: ExcelJS.Worksheet, grid: PivotGrid, top: number): void {
  const depth = grid.headerRows.length;
  const left = grid.rowDimensions.length;
  grid.rowDimensionLabels.forEach((label, c) => {
    ws.getCell(top, c + 1).value = label;
    if (depth > 1) ws.mergeCells(top, c + 1, top + depth - 1, c + 1);
  });
  grid.headerRows.forEach((cells, level) => {
    let column = left + 1;
    // A header cell starts after those of its level and after the total column spanning from the first level.
    for (const h of cells) {
      const cell = ws.getCell(top + level, column);
      cell.value = neutraliseFormulaText(h.label);
      if (h.colSpan > 1 || h.rowSpan > 1)
        ws.mergeCells(top + level, column, top + level + h.rowSpan - 1, column + h.colSpan - 1);
      column += h.colSpan;
    }
  });
  for (let r = top; r < top + depth; r++) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let c = 1; c <= left + grid.columns.length; c++) row.getCell(c).fill = HEAD_FILL;
  }
}
