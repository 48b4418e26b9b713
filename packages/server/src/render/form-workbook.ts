import ExcelJS from 'exceljs';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import type { GridBlock, GridCell } from '@syt/core/form/index.ts';
import { neutraliseFormulaText, restoreFormulaText } from '@syt/core/interchange/index.ts';

/** What the Excel form is made from: the form's layout, its labels and the stored values. */
export interface WorkbookForm {
  dataSet: { code: string; name: string; sections: { code: string; name: string; blocks: GridBlock[] }[] };
  orgUnit: { code: string; name: string };
  period: { code: string; label: string };
  values: DataValue[];
}

/** Hidden sheet that maps input cells back to data values, so the upload never guesses from labels. */
export const MAP_SHEET = '_syt';
const MARK = 'SYT-FORM-1';

const cellKey = (dataElement: string, combo: string) => `${dataElement}|${combo}`;

/** Builds the .xlsx form: one sheet per section, labels locked, inputs open and prefilled. */
export async function buildFormWorkbook(form: WorkbookForm): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'SYT';
  const stored = new Map(form.values.map((v) => [cellKey(v.dataElement, v.categoryOptionCombo), v.value]));
  const map = book.addWorksheet(MAP_SHEET, { state: 'veryHidden' });
  map.addRow([MARK, form.dataSet.code, form.orgUnit.code, form.period.code]);
  for (const [i, section] of form.dataSet.sections.entries()) {
    const sheet = book.addWorksheet(sheetName(i + 1, section.name));
    sheet.getColumn(1).width = 48;
    sheet.addRow([form.dataSet.name]).font = { bold: true, size: 13 };
    sheet.addRow([`Đơn vị: ${form.orgUnit.name} (${form.orgUnit.code}) — Kỳ báo cáo: ${form.period.label}`]);
    sheet.addRow([section.name]).font = { bold: true };
    for (const block of section.blocks) {
      sheet.addRow([]);
      const header = sheet.addRow(['Chỉ tiêu', ...block.columns]);
      header.font = { bold: true };
      header.alignment = { wrapText: true, vertical: 'middle' };
      for (const row of block.rows) writeRow(sheet, map, row.label, row.cells, stored);
    }
    for (let c = 2; c <= 1 + Math.max(1, ...section.blocks.map((b) => b.columns.length)); c++) sheet.getColumn(c).width = 16;
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function writeRow(sheet: ExcelJS.Worksheet, map: ExcelJS.Worksheet, label: string, cells: GridCell[], stored: Map<string, string>) {
  const row = sheet.addRow([label, ...cells.map((c) => toCellValue(stored.get(cellKey(c.dataElement, c.categoryOptionCombo)), c))]);
  cells.forEach((c, i) => {
    const cell = row.getCell(i + 2);
    cell.protection = { locked: false };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    map.addRow([sheet.name, cell.address, c.dataElement, c.categoryOptionCombo, c.valueType]);
  });
}

function toCellValue(value: string | undefined, cell: GridCell): string | number | null {
  if (value === undefined) return null;
  // Typed text goes out quoted against formula injection (OWASP), and comes back unquoted in `cellText`.
  return cell.valueType === 'TEXT' ? neutraliseFormulaText(value) : Number(value);
}

/** Excel sheet names: at most 31 characters (cut at a word, marked …), none of `[]:*?/\`, unique by their number. */
function sheetName(n: number, name: string): string {
  const full = `${n}. ${name}`.replace(/[[\]:*?/\\]/g, '-');
  if (full.length <= 31) return full;
  const cut = full.slice(0, 30);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,\s-]+$/, '')}…`;
}

/** One filled input cell read back from an uploaded form. */
export interface WorkbookCell {
  sheet: string;
  address: string;
  dataElement: string;
  categoryOptionCombo: string;
  raw: string;
}

export interface ReadWorkbook {
  dataSet: string;
  orgUnit: string;
  period: string;
  cells: WorkbookCell[];
}

/** Reads an uploaded form back; null when the file is not an SYT form. Empty input cells are left out. */
export async function readFormWorkbook(data: Buffer): Promise<ReadWorkbook | null> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const map = book.getWorksheet(MAP_SHEET);
  const head = map?.getRow(1).values as unknown[] | undefined;
  if (!map || !head || head[1] !== MARK) return null;
  const cells: WorkbookCell[] = [];
  map.eachRow((row, n) => {
    if (n === 1) return;
    const [, sheetName, address, dataElement, combo] = row.values as string[];
    const raw = cellText(book.getWorksheet(sheetName!)?.getCell(address!).value);
    if (raw !== '') cells.push({ sheet: sheetName!, address: address!, dataElement: dataElement!, categoryOptionCombo: combo!, raw });
  });
  return { dataSet: String(head[2]), orgUnit: String(head[3]), period: String(head[4]), cells };
}

/** The text a person typed, whatever type Excel stored it as. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return restoreFormulaText(value.trim());
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('text' in value) return String(value.text).trim();
  return String(value);
}
