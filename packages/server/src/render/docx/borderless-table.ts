/** Two-column tables without borders: the header and the signature block are laid out with them, as in Word templates. */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

/** One row of cells, each given as its paragraphs, kept on one page. */
export function borderlessRow(cells: Paragraph[][], widths: readonly number[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: cells.map(
      (children, i) =>
        new TableCell({
          children,
          width: { size: widths[i]!, type: WidthType.DXA },
          borders: NO_BORDERS,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          verticalAlign: VerticalAlign.TOP,
        }),
    ),
  });
}

/** A fixed-width table of the given rows with no borders at all. */
export function borderlessTable(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    rows,
    columnWidths: [...widths],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
  });
}
