import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { aggregateValue, startAnalyticsTest, type AnalyticsTest } from '../analytics/analytics.fixture.ts';

const MONTHS = ['202505', '202506', '202507', '202508'];

/** Quảng Ngãi (51) opened 01/07/2025 as Kon Tum's (62) successor: its months before read Kon Tum's values. */
describe.each(DIALECTS)('a pivot exported across the 2025 merger on $name', (dialect) => {
  let a: AnalyticsTest;
  beforeAll(async () => {
    a = await startAnalyticsTest(dialect);
  }, 180_000);
  afterAll(() => a.t.close());

  it('writes Quảng Ngãi’s months before and after 07/2025 as /api/aggregate gives them, a rate without a total', async () => {
    const query = { dx: ['SXHD_CASES', 'KCB_BED_OCCUPANCY'], ou: ['USER_ORGUNIT'], pe: MONTHS };
    const layout = {
      rows: ['pe'],
      columns: ['dx'],
      totals: { rows: false, columns: true },
      subtotals: false,
      hideEmptyRows: false,
      hideEmptyColumns: false,
      sort: null,
    };
    const res = await a.quangNgai.request('POST', '/api/analytics/export', { query, layout, format: 'xlsx' });
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = book.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('Đơn vị: Tỉnh Quảng Ngãi');
    // Filter line, blank line, header: the months from row 4.
    const cases: (number | null)[] = [];
    for (const [i, month] of MONTHS.entries()) {
      const row = ws.getRow(4 + i);
      const expected = [
        await aggregateValue(a.quangNgai, 'SXHD_CASES', '51', month),
        await aggregateValue(a.quangNgai, 'KCB_BED_OCCUPANCY', '51', month),
      ];
      expect([row.getCell(2).value ?? null, row.getCell(3).value ?? null]).toEqual(expected);
      cases.push(expected[0]!);
    }
    // Kon Tum's May and June count as Quảng Ngãi's, and July is Quảng Ngãi's own.
    expect(cases[0]).toBe(await aggregateValue(a.staff, 'SXHD_CASES', '62', '202505'));
    expect(cases[0]).toBeGreaterThan(0);
    expect(cases[2]).toBe(40);
    const total = ws.getRow(4 + MONTHS.length);
    expect(total.getCell(1).value).toBe('Tổng cộng');
    expect(total.getCell(2).value).toBe(cases.reduce<number>((s, v) => s + (v ?? 0), 0));
    expect(total.getCell(3).value ?? null).toBeNull();
    expect(String(total.getCell(3).note)).toContain('Không cộng được tỉ lệ');
  }, 120_000);
});
