import ExcelJS from 'exceljs';
import { neutraliseFormulaText } from '@syt/core/interchange/index.ts';
import { appendixMessages as m } from './appendix.messages.ts';

/** Phụ lục I: the chosen unit's own targets; Phụ lục II: the targets of the units under it, unit by unit. */
export const APPENDICES = ['I', 'II'] as const;
export type Appendix = (typeof APPENDICES)[number];

/** One target's line: what was asked, what is achieved, and how the year is expected to end. */
export interface AppendixRow {
  unit: string;
  item: string;
  measure: string;
  target: number;
  actual: number | null;
  percent: number | null;
  status: string;
  estimate: number | null;
  /** How the estimate was made, as a note on its cell. */
  estimateMethod: string | null;
}

export interface AppendixSheet {
  appendix: Appendix;
  year: number;
  unitName: string;
  /** The months counted, `YYYYMM`; null before the year's first month has ended. */
  months: { from: string | null; to: string | null };
  rows: readonly AppendixRow[];
}

// Format codes are stored in Excel's invariant form; Excel and LibreOffice show them with the reader's separators,
// so a Vietnamese desktop reads 1.234,5. Whole numbers without decimals, others with up to three.
const WHOLE = '#,##0';
const DECIMAL = '#,##0.0##';
const PERCENT = '#,##0.0';
const thin = { style: 'thin' } as const;
const BORDER = { top: thin, bottom: thin, left: thin, right: thin };

/** The headings of an appendix's table, in column order (Phụ lục II adds the unit). */
export function appendixHeadings(sheet: Pick<AppendixSheet, 'appendix' | 'months'>): string[] {
  const c = m.columns;
  const unit = sheet.appendix === 'II' ? [c.unit] : [];
  return [
    c.index,
    ...unit,
    c.item,
    c.measure,
    c.target,
    m.actual(sheet.months.from, sheet.months.to),
    c.percent,
    c.status,
    c.estimate,
  ];
}

/** The appendix as a one-sheet .xlsx in a department's layout: its header lines, then the table. */
export async function appendixWorkbook(sheet: AppendixSheet): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'SYT';
  const ws = book.addWorksheet(m.sheet[sheet.appendix], {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const headings = appendixHeadings(sheet);
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [m.label[sheet.appendix], { bold: true }],
    [m.title[sheet.appendix](sheet.year), { bold: true, size: 13 }],
    [m.attachedTo, { italic: true }],
    [neutraliseFormulaText(m.unit(sheet.unitName)), {}],
    [m.year(sheet.year), {}],
  ];
  for (const [text, font] of lines) {
    const row = ws.addRow([text]);
    row.font = font;
    ws.mergeCells(row.number, 1, row.number, headings.length);
    row.alignment = { horizontal: 'center' };
  }
  ws.addRow([]);
  const head = ws.addRow(headings);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  head.eachCell((cell) => (cell.border = BORDER));
  sheet.rows.forEach((r, i) => addTargetRow(ws, sheet.appendix, i + 1, r));
  widths(ws, sheet.appendix);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function addTargetRow(ws: ExcelJS.Worksheet, appendix: Appendix, index: number, r: AppendixRow): void {
  // Names and measures were typed by people: quoted against formulas. Figures stay numbers, an unknown stays empty.
  const unit = appendix === 'II' ? [neutraliseFormulaText(r.unit)] : [];
  const texts = [...unit, neutraliseFormulaText(r.item), neutraliseFormulaText(r.measure)];
  const row = ws.addRow([index, ...texts, r.target, r.actual, r.percent, r.status, r.estimate]);
  const first = 2 + texts.length;
  const format = (
    column: number,
    value: number | null,
    numFmt = value !== null && Number.isInteger(value) ? WHOLE : DECIMAL,
  ) => {
    row.getCell(column).numFmt = numFmt;
  };
  format(first, r.target);
  format(first + 1, r.actual);
  format(first + 2, r.percent, PERCENT);
  format(first + 4, r.estimate);
  if (r.estimateMethod) row.getCell(first + 4).note = r.estimateMethod;
  row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER));
  row.alignment = { vertical: 'top', wrapText: true };
}

function widths(ws: ExcelJS.Worksheet, appendix: Appendix): void {
  const text = appendix === 'II' ? [28, 44, 14] : [48, 14];
  [6, ...text, 14, 16, 14, 12, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
