import { describe, expect, it } from 'vitest';
import type { PivotLayout } from '../api/analytics.ts';
import { pivotGrid } from './pivot-grid.ts';
import { count, month, rate, tableOf, unit } from './pivot.fixtures.ts';
import { PivotLayoutError } from './pivot-types.ts';

const layout = (over: Partial<PivotLayout> = {}): PivotLayout => ({
  rows: ['ou'],
  columns: ['pe'],
  totals: { rows: true, columns: true },
  subtotals: false,
  hideEmptyRows: false,
  hideEmptyColumns: false,
  sort: null,
  ...over,
});

const dengue = count('SXHD', 'Sốt xuất huyết');
const units = [unit('615', 'Đăk Hà'), unit('616', 'Đăk Tô'), unit('617', 'Ngọc Hồi')];
const months = [month('202301'), month('202302')];
// Đăk Tô has no data at all; Ngọc Hồi only in February.
const table = tableOf({ dx: [dengue], ou: units, pe: months }, [
  { dx: 'SXHD', ou: '615', pe: '202301', value: 3 },
  { dx: 'SXHD', ou: '615', pe: '202302', value: 5 },
  { dx: 'SXHD', ou: '617', pe: '202302', value: 2 },
]);
const values = (g: ReturnType<typeof pivotGrid>) => g.rows.map((r) => r.cells.map((c) => c.value));

describe('pivotGrid', () => {
  it('lays units on rows and months on columns, with each row total, each column total and the grand total', () => {
    const g = pivotGrid(table, layout());
    expect(g.filters).toEqual([{ dimension: 'dx', code: 'SXHD', label: 'Sốt xuất huyết' }]);
    expect(g.headerRows).toEqual([
      [
        { label: 'Tháng 01/2023', code: '202301', colSpan: 1, rowSpan: 1, kind: 'item' },
        { label: 'Tháng 02/2023', code: '202302', colSpan: 1, rowSpan: 1, kind: 'item' },
        { label: 'Tổng', code: null, colSpan: 1, rowSpan: 1, kind: 'total' },
      ],
    ]);
    expect(g.rows.map((r) => r.labels[0])).toEqual(['Đăk Hà', 'Đăk Tô', 'Ngọc Hồi', 'Tổng cộng']);
    // Đăk Tô's empty cells and total stay empty: no data is not zero.
    expect(values(g)).toEqual([
      [3, 5, 8],
      [null, null, null],
      [null, 2, 2],
      [3, 7, 10],
    ]);
  });

  it('hides rows and columns without any value', () => {
    const g = pivotGrid(table, layout({ hideEmptyRows: true, columns: ['pe'], rows: ['ou'] }));
    expect(g.rows.map((r) => r.codes)).toEqual([['615'], ['617'], []]);
    const cols = pivotGrid(table, layout({ rows: ['pe'], columns: ['ou'], hideEmptyColumns: true }));
    expect(cols.columns.map((c) => c.key)).toEqual(['615', '617', 'TOTAL']);
    expect(cols.rows.at(-1)!.cells.map((c) => c.value)).toEqual([8, 2, 10]);
  });

  it('merges header cells of an outer column dimension and adds a subtotal after each outer row group', () => {
    const deaths = count('SXHD_DEATHS', 'Tử vong');
    const t = tableOf({ dx: [dengue, deaths], ou: units.slice(0, 2), pe: months }, [
      { dx: 'SXHD', ou: '615', pe: '202301', value: 3 },
      { dx: 'SXHD_DEATHS', ou: '615', pe: '202302', value: 1 },
      { dx: 'SXHD', ou: '616', pe: '202302', value: 4 },
    ]);
    const g = pivotGrid(t, layout({ rows: ['ou', 'pe'], columns: ['dx'], subtotals: true }));
    expect(g.rows.map((r) => r.kind)).toEqual(['item', 'item', 'subtotal', 'item', 'item', 'subtotal', 'total']);
    expect(g.rows[0]!.headers).toEqual([
      { label: 'Đăk Hà', code: '615', rowSpan: 2, colSpan: 1 },
      { label: 'Tháng 01/2023', code: '202301', rowSpan: 1, colSpan: 1 },
    ]);
    expect(g.rows[1]!.headers[0]).toBeNull();
    expect(g.rows[2]!.headers).toEqual([{ label: 'Cộng Đăk Hà', code: null, rowSpan: 1, colSpan: 2 }, null]);
    expect(values(g)).toEqual([
      [3, null, 3],
      [null, 1, 1],
      [3, 1, 4],
      [null, null, null],
      [4, null, 4],
      [4, null, 4],
      [7, 1, 8],
    ]);
    // Everything on columns: one body row, no row headers, no total row (there is nothing to total down).
    const flat = pivotGrid(t, layout({ rows: [], columns: ['ou', 'dx', 'pe'] }));
    expect(flat.rows).toHaveLength(1);
    expect(flat.rows[0]!.headers).toEqual([]);
    expect(flat.rows[0]!.cells.at(-1)!.value).toBe(8);
  });

  it('spans an outer column header over the inner columns', () => {
    const t = tableOf({ dx: [dengue], ou: units.slice(0, 2), pe: months }, []);
    const g = pivotGrid(t, layout({ rows: ['dx'], columns: ['ou', 'pe'] }));
    expect(g.headerRows[0]!.map((c) => [c.label, c.colSpan, c.rowSpan])).toEqual([
      ['Đăk Hà', 2, 1],
      ['Đăk Tô', 2, 1],
      ['Tổng', 1, 2],
    ]);
    expect(g.headerRows[1]!.map((c) => c.code)).toEqual(['202301', '202302', '202301', '202302']);
  });

  it('shows no total of a rate, with the reason, and no total over units that contain one another', () => {
    const share = rate('TL', 'Tỉ lệ tiêm chủng');
    const t = tableOf({ dx: [share], ou: units.slice(0, 2), pe: months }, [
      { dx: 'TL', ou: '615', pe: '202301', value: 95.5 },
      { dx: 'TL', ou: '616', pe: '202301', value: 90 },
    ]);
    const g = pivotGrid(t, layout());
    expect(g.rows[0]!.cells[2]).toEqual({
      value: null,
      reason: 'Không cộng được tỉ lệ, chỉ số (Tỉ lệ tiêm chủng)',
      decimals: 1,
    });
    expect(g.rows.at(-1)!.cells[0]!.reason).toContain('tỉ lệ');
    const nested = pivotGrid({ ...table, ouDisjoint: false }, layout());
    expect(nested.rows.at(-1)!.cells.map((c) => c.reason)).toEqual(
      Array(3).fill('Các đơn vị lồng nhau, cộng lại sẽ tính trùng'),
    );
    // The row totals run over periods only, which are still summable.
    expect(nested.rows[0]!.cells[2]!.value).toBe(8);
  });

  it('refuses a sum of a stock over time and a sum of overlapping periods', () => {
    const stock = { ...count('THUOC', 'Tồn kho'), additive: { ou: true, pe: false } };
    const t = tableOf({ dx: [stock], ou: units.slice(0, 2), pe: months }, [
      { dx: 'THUOC', ou: '615', pe: '202301', value: 10 },
    ]);
    const g = pivotGrid(t, layout());
    expect(g.rows[0]!.cells[2]!.reason).toBe('Không cộng được «Tồn kho» theo thời gian (số cuối kỳ)');
    expect(g.rows.at(-1)!.cells[0]!.value).toBe(10);
    const year = { code: '2023', name: 'Năm 2023', startDate: '2023-01-01', endDate: '2023-12-31' };
    const overlap = pivotGrid(tableOf({ dx: [dengue], ou: units, pe: [months[0]!, year] }, []), layout());
    expect(overlap.rows[0]!.cells[2]!.reason).toBe('Các kỳ chồng lên nhau, cộng lại sẽ tính trùng');
  });

  it('sorts rows by a column, empty cells last in both directions', () => {
    const desc = pivotGrid(table, layout({ sort: { column: '202302', direction: 'desc' } }));
    expect(desc.rows.map((r) => r.codes[0])).toEqual(['615', '617', '616', undefined]);
    const asc = pivotGrid(table, layout({ sort: { column: 'TOTAL', direction: 'asc' } }));
    expect(asc.rows.map((r) => r.codes[0])).toEqual(['617', '615', '616', undefined]);
  });

  it('names the layout field at fault', () => {
    const twoItems = tableOf({ dx: [dengue, count('X')], ou: units, pe: months }, []);
    expect(() => pivotGrid(twoItems, layout())).toThrow(PivotLayoutError);
    expect(() => pivotGrid(twoItems, layout())).toThrow(
      'Chiều «Dữ liệu» không nằm ở hàng hay cột nên phải có đúng một mục (đang có 2)',
    );
    expect(() => pivotGrid(table, layout({ rows: ['ou'], columns: ['ou'] }))).toThrow(
      expect.objectContaining({ field: 'layout.columns', message: 'Chiều «Đơn vị» được đặt hai lần' }),
    );
    expect(() => pivotGrid(table, layout({ sort: { column: 'nope', direction: 'asc' } }))).toThrow(
      expect.objectContaining({ field: 'layout.sort.column' }),
    );
  });
});
