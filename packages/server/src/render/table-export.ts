import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormulaText } from '@syt/core/interchange/index.ts';

/** A plain table for download: headings and rows of text, numbers or empty cells. */
export interface ExportTable {
  sheetName: string;
  headings: readonly string[];
  rows: readonly (string | number | null)[][];
}

// Text a user typed (comments, names) goes out quoted against formula injection; numbers stay numbers.
const guard = (cell: string | number | null) => (typeof cell === 'string' ? neutraliseFormulaText(cell) : cell);

/** The table as CSV with a byte-order mark, so Excel reads the Vietnamese text as UTF-8. */
export function tableCsv(table: ExportTable): string {
  return `\uFEFF${stringify([[...table.headings], ...table.rows.map((r) => r.map((c) => (c === null ? '' : guard(c))))])}`;
}

/** The table as a one-sheet .xlsx with bold headings. */
export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'SYT';
  const sheet = book.addWorksheet(table.sheetName);
  sheet.addRow([...table.headings]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(guard));
  sheet.columns.forEach((c) => (c.width = 16));
  return Buffer.from(await book.xlsx.writeBuffer());
}
