import type { PivotLayout } from '@syt/core/api/analytics.ts';
import { pivotGrid } from '@syt/core/pivot/index.ts';
import { count, month, tableOf, unit } from '@syt/core/pivot/pivot.fixtures.ts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attachment } from './content-disposition.ts';
import { pivotWorkbook, tableStartRow } from './pivot-workbook.ts';

const layout: PivotLayout = {
  rows: ['ou', 'pe'],
  columns: ['dx'],
  totals: { rows: true, columns: true },
  subtotals: true,
  hideEmptyRows: false,
  hideEmptyColumns: false,
  sort: null,
};
const table = tableOf(
  {
    dx: [count('A', 'Mắc'), count('B', 'Chết')],
    ou: [unit('615', 'Đăk Hà'), unit('616', '=Đăk Tô')],
    pe: [month('202301'), month('202302')],
  },
  [
    { dx: 'A', ou: '615', pe: '202301', value: 3 },
    { dx: 'B', ou: '615', pe: '202302', value: 1.5 },
    { dx: 'A', ou: '616', pe: '202302', value: 4 },
  ],
);

describe('pivotWorkbook', () => {
  it('writes every cell of the grid: merged row groups, subtotals and totals in bold, numbers as numbers, labels guarded', async () => {
    const grid = pivotGrid(table, layout);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await pivotWorkbook(grid)) as unknown as ExcelJS.Buffer);
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('Bảng số liệu');
    const top = tableStartRow(grid);
    expect(top).toBe(1);
    expect([1, 2, 3, 4, 5].map((c) => ws.getCell(top, c).value)).toEqual(['Đơn vị', 'Kỳ', 'Mắc', 'Chết', 'Tổng']);
    grid.rows.forEach((row, r) => {
      const at = top + 1 + r;
      row.cells.forEach((cell, c) => {
        const read = ws.getCell(at, 3 + c);
        expect(read.value ?? null).toBe(cell.value);
        if (row.kind !== 'item' || c === 2) expect(read.font?.bold).toBe(true);
      });
    });
    // Đăk Hà spans its two months; its subtotal row spans both header columns.
    expect(ws.getCell(2, 1).value).toBe('Đăk Hà');
    expect(ws.getCell(3, 1).isMerged).toBe(true);
    expect(ws.getCell(4, 1).value).toBe('Cộng Đăk Hà');
    expect(ws.getCell(4, 2).isMerged).toBe(true);
    expect(ws.getCell(5, 1).value).toBe("'=Đăk Tô");
    expect(ws.getCell(8, 1).value).toBe('Tổng cộng');
    expect(ws.getCell(8, 5).value).toBe(8.5);
    expect(ws.getCell(2, 4).numFmt).toBe('#,##0');
  });
});

describe('attachment', () => {
  it('names a download in ASCII and, for current clients, in Vietnamese', () => {
    expect(attachment('Bảng số liệu: Đăk Hà', 'xlsx')).toBe(
      `attachment; filename="bang-so-lieu-dak-ha.xlsx"; filename*=UTF-8''B%E1%BA%A3ng%20s%E1%BB%91%20li%E1%BB%87u%20%C4%90%C4%83k%20H%C3%A0.xlsx`,
    );
    expect(attachment('"/\\', 'csv')).toBe(`attachment; filename="syt.csv"; filename*=UTF-8''syt.csv`);
  });
});
