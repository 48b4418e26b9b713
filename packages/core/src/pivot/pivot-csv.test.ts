import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { PivotLayout } from '../api/analytics.ts';
import { formatPivotCell } from './format.ts';
import { pivotCsv } from './pivot-csv.ts';
import { pivotGrid } from './pivot-grid.ts';
import { count, month, tableOf, unit } from './pivot.fixtures.ts';

const layout: PivotLayout = {
  rows: ['ou'],
  columns: ['dx', 'pe'],
  totals: { rows: true, columns: true },
  subtotals: false,
  hideEmptyRows: false,
  hideEmptyColumns: false,
  sort: null,
};
const table = tableOf(
  {
    dx: [count('A', 'Mắc, "nặng"')],
    ou: [unit('615', '=Đăk Hà'), unit('616', 'Đăk Tô')],
    pe: [month('202301'), month('202302')],
  },
  [
    { dx: 'A', ou: '615', pe: '202301', value: 1234.5 },
    { dx: 'A', ou: '616', pe: '202302', value: -2 },
  ],
);

describe('pivotCsv', () => {
  it('writes a BOM, the header labels over their spans, labels and plain figures that read back as the grid', () => {
    const text = pivotCsv(pivotGrid(table, layout));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const lines = parse(text.slice(1)) as string[][];
    expect(lines).toEqual([
      ['', 'Mắc, "nặng"', 'Mắc, "nặng"', 'Tổng'],
      ['Đơn vị', 'Tháng 01/2023', 'Tháng 02/2023', 'Tổng'],
      ["'=Đăk Hà", '1234.5', '', '1234.5'],
      ['Đăk Tô', '', '-2', '-2'],
      ['Tổng cộng', '1234.5', '-2', '1232.5'],
    ]);
  });
});

describe('formatPivotCell', () => {
  it('writes Vietnamese separators, a dash for a refused total and nothing for no data', () => {
    expect(formatPivotCell({ value: 1234.5, reason: null, decimals: 1 })).toBe('1.234,5');
    expect(formatPivotCell({ value: 29601, reason: null, decimals: 0 })).toBe('29.601');
    expect(formatPivotCell({ value: 2 / 3, reason: null, decimals: null })).toBe('0,67');
    expect(formatPivotCell({ value: null, reason: 'Không cộng được tỉ lệ', decimals: null })).toBe('—');
    expect(formatPivotCell({ value: null, reason: null, decimals: 0 })).toBe('');
  });
});
