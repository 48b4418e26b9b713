/** A table of figures in the body (the annual review's plan targets): a real Word table, single borders, header bold. */
import type { ReportTable } from '@syt/core/report/model.ts';
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { FONT, SIZE, TEXT_WIDTH } from './format.ts';
import { run } from './runs.ts';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

// The first column is the row number, the second the item's name.
const NUMBER_WIDTH = Math.round(TEXT_WIDTH * 0.05);
const NAME = 1;

/** The number column narrow, the figures' columns alike (wide enough for `30/11/2023`), the item's name the rest. */
function columnWidths(count: number): number[] {
  if (count <= 2) return count === 1 ? [TEXT_WIDTH] : [NUMBER_WIDTH, TEXT_WIDTH - NUMBER_WIDTH];
  const other = Math.round((TEXT_WIDTH * 0.73) / (count - 2));
  return [NUMBER_WIDTH, TEXT_WIDTH - NUMBER_WIDTH - other * (count - 2), ...Array.from({ length: count - 2 }, () => other)];
}

function cell(text: string, width: number, header: boolean, name: boolean): TableCell {
  const paragraph = new Paragraph({
    alignment: !header && name ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: 40, after: 40 },
    run: { font: FONT, size: SIZE.table },
    children: [run(text, { size: SIZE.table, ...(header ? { bold: true } : {}) })],
  });
  return new TableCell({ children: [paragraph], width: { size: width, type: WidthType.DXA }, margins: { left: 60, right: 60 } });
}

/** The table, its header row repeated on every page it runs over. */
export function dataTable(table: ReportTable): Table {
  const widths = columnWidths(table.columns.length);
  const row = (cells: string[], header: boolean) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((c, i) => cell(c, widths[i]!, header, i === NAME)) });
  return new Table({
    rows: [row(table.columns, true), ...table.rows.map((r) => row(r, false))],
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}
