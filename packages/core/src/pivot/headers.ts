/** Header spans: consecutive leaves that share the items of the outer dimensions share one header cell. */
import { pivotWords } from '../vi/pivot-words.ts';
import type { PivotColumn, PivotHeaderCell, PivotRow, PivotRowHeader } from './pivot-types.ts';

const samePrefix = (a: readonly string[], b: readonly string[], length: number) =>
  a.slice(0, length).every((c, i) => c === b[i]);

/** One header row per column dimension (one "Giá trị" row when there is none), the total column spanning them all. */
export function headerRows(columns: readonly PivotColumn[], levels: number): PivotHeaderCell[][] {
  const depth = Math.max(levels, 1);
  const rows: PivotHeaderCell[][] = Array.from({ length: depth }, () => []);
  for (let level = 0; level < depth; level++) {
    let previous: PivotColumn | null = null;
    for (const col of columns) {
      if (col.kind === 'total') {
        if (level === 0)
          rows[0]!.push({ label: pivotWords.total, code: null, colSpan: 1, rowSpan: depth, kind: 'total' });
        previous = null;
        continue;
      }
      const row = rows[level]!;
      if (previous && levels > 0 && samePrefix(previous.codes, col.codes, level + 1)) row[row.length - 1]!.colSpan++;
      else
        row.push({
          label: col.labels[level] ?? pivotWords.value,
          code: col.codes[level] ?? null,
          colSpan: 1,
          rowSpan: 1,
          kind: 'item',
        });
      previous = col;
    }
  }
  return rows;
}

/** Sets each row's header cells: item rows merge runs of equal outer items; totals span every header column. */
export function setRowHeaders(rows: PivotRow[], levels: number): void {
  rows.forEach((row, r) => {
    if (row.kind !== 'item') {
      row.headers =
        levels === 0
          ? []
          : [{ label: row.labels[0]!, code: null, rowSpan: 1, colSpan: levels }, ...Array<null>(levels - 1).fill(null)];
      return;
    }
    row.headers = row.codes.map((code, level): PivotRowHeader | null => {
      const above = rows[r - 1];
      if (above?.kind === 'item' && samePrefix(above.codes, row.codes, level + 1)) return null;
      let span = 1;
      while (rows[r + span]?.kind === 'item' && samePrefix(rows[r + span]!.codes, row.codes, level + 1)) span++;
      return { label: row.labels[level]!, code, rowSpan: span, colSpan: 1 };
    });
  });
}
