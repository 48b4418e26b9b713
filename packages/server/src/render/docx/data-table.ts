/** A table of figures in the body (the annual review's plan targets): a real Word table, single borders, header bold. */
import type { ReportTable } from '@syt/core/report/model.ts';
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { FONT, SIZE, TEXT_WIDTH } from './format.ts';
import { run } from './runs.ts';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

/** The first column (the item's name) takes what the others leave; the others share a third of the width each at most. */
function columnWidths(count: number): number[] {
  if (count <= 1) return [TEXT_WIDTH];
  const other = Math.round((TEXT_WIDTH * 0.62) / (count - 1));
  return [TEXT_WIDTH - other * (count - 1), ...Array.from({ length: count - 1 }, () => other)];
}

function cell(text: string, width: number, header: boolean, first: boolean): TableCell {
  const paragraph = new Paragraph({
    alignment: header ? AlignmentType.CENTER : first ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: 40, after: 40 },
    run: { font: FONT, size: SIZE.footnote },
    children: [run(text, { size: SIZE.footnote, ...(header ? { bold: true } : {}) })],
  });
  return new TableCell({ children: [paragraph], width: { size: width, type: WidthType.DXA }, margins: { left: 80, right: 80 } });
}

/** The table, its header row repeated on every page it runs over. */
export function dataTable(table: ReportTable): Table {
  const widths = columnWidths(table.columns.length);
  const row = (cells: string[], header: boolean) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((c, i) => cell(c, widths[i]!, header, i === 0)) });
  return new Table({
    rows: [row(table.columns, true), ...table.rows.map((r) => row(r, false))],
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}
