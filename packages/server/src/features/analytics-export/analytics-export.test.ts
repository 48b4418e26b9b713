import type { AnalyticsTable, PivotLayout } from '@syt/core/api/analytics.ts';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';

const series = (dataElement: string, orgUnit: string, values: Record<string, number>): DataValue[] =>
  Object.entries(values).map(([period, value]) => ({
    dataElement,
    categoryOptionCombo: 'default',
    orgUnit,
    period,
    value: String(value),
  }));

// Dengue in two districts, a gap in each; the HIV register (a stock: not summed over months).
const VALUES: DataValue[] = [
  ...series('SXHD_CASES', '615', { 202301: 2, 202302: 3, 202303: 1234 }),
  ...series('SXHD_CASES', '612', { 202302: 7, 202303: 1 }),
  ...series('HIV_REG_TOTAL', '615', { 202301: 100, 202302: 110, 202303: 120 }),
  ...series('HIV_REG_TOTAL', '612', { 202301: 50, 202302: 55 }),
];

const query = { dx: ['SXHD_CASES'], ou: ['615', '612', '608'], pe: ['202301', '202302', '202303'] };
const layout: PivotLayout = {
  rows: ['ou'],
  columns: ['pe'],
  totals: { rows: true, columns: true },
  subtotals: false,
  hideEmptyRows: false,
  hideEmptyColumns: false,
  sort: null,
};

/** The API's figure for a cell, null when it lists none. */
const figure = (table: AnalyticsTable, dx: string, ou: string, pe: string) =>
  table.cells.find((c) => c.dx === dx && c.ou === ou && c.pe === pe)?.value ?? null;
const sum = (values: (number | null)[]) =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

async function readBook(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ExcelJS.Buffer);
  return book.worksheets[0]!;
}

describe.each(DIALECTS)('analytics exports on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let dakHa: TestClient;
  let table: AnalyticsTable;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await storeTrustedValues(t.database.db, VALUES, 'test', t.clock.now().toISOString());
    staff = await signedIn(t, 'canbo', 'staff', '62');
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
    const res = await staff.request('POST', '/api/analytics', query);
    expect(res.statusCode).toBe(200);
    table = res.json();
  }, 120_000);
  afterAll(() => t.close());

  const post = (client: TestClient, url: string, body: object) => client.request('POST', url, body);

  it('writes an .xlsx whose every figure is the API’s, totals the sums of its cells, headers merged and frozen', async () => {
    const res = await post(staff, '/api/analytics/export', {
      query,
      layout,
      format: 'xlsx',
      title: 'Sốt xuất huyết theo huyện',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="sot-xuat-huyet-theo-huyen.xlsx"; filename*=UTF-8''${encodeURIComponent('Sốt xuất huyết theo huyện.xlsx')}`,
    );
    const ws = await readBook(res.rawPayload);
    // One filter line (the data item), a blank line, the header row, then the units and the total row.
    expect(ws.getCell(1, 1).value).toBe(`Dữ liệu: ${table.items.dx[0]!.name}`);
    expect(ws.getCell(3, 1).value).toBe('Đơn vị');
    expect(table.items.pe.map((_, i) => ws.getCell(3, i + 2).value)).toEqual(table.items.pe.map((p) => p.name));
    expect(ws.getCell(3, 5).value).toBe('Tổng');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    table.items.ou.forEach((ou, r) => {
      const row = ws.getRow(4 + r);
      expect(row.getCell(1).value).toBe(ou.name);
      const values = table.items.pe.map((pe) => figure(table, 'SXHD_CASES', ou.code, pe.code));
      table.items.pe.forEach((_, c) => expect(row.getCell(2 + c).value ?? null).toBe(values[c]));
      expect(row.getCell(5).value ?? null).toBe(sum(values));
      expect(row.getCell(5).font?.bold).toBe(true);
    });
    const total = ws.getRow(4 + table.items.ou.length);
    expect(total.getCell(1).value).toBe('Tổng cộng');
    table.items.pe.forEach((pe, c) =>
      expect(total.getCell(2 + c).value ?? null).toBe(
        sum(table.items.ou.map((ou) => figure(table, 'SXHD_CASES', ou.code, pe.code))),
      ),
    );
    expect(total.getCell(5).value).toBe(sum(table.cells.map((c) => c.value)));
    // No data in 608 at all: empty cells, not zeros.
    expect(table.items.ou.map((o) => o.code)).toContain('608');
    expect(typeof total.getCell(2).value).toBe('number');
  });

  it('merges the outer header over its months and leaves a stock’s sum over months empty, with the reason', async () => {
    const q = { dx: ['SXHD_CASES', 'HIV_REG_TOTAL'], ou: ['615'], pe: query.pe };
    const api = (await post(staff, '/api/analytics', q)).json() as AnalyticsTable;
    const res = await post(staff, '/api/analytics/export', {
      query: q,
      layout: { ...layout, rows: [], columns: ['dx', 'pe'] },
      format: 'xlsx',
    });
    expect(res.statusCode).toBe(200);
    const ws = await readBook(res.rawPayload);
    // Filter line (the unit), blank, two header rows, one body row.
    expect(ws.getCell(3, 1).value).toBe(api.items.dx[0]!.name);
    expect(ws.getCell(3, 4).value).toBe(api.items.dx[1]!.name);
    expect(ws.getCell(3, 2).isMerged).toBe(true);
    expect(ws.getCell(3, 7).value).toBe('Tổng');
    const body = ws.getRow(5);
    const flat = api.items.dx.flatMap((dx) => api.items.pe.map((pe) => figure(api, dx.code, '615', pe.code)));
    flat.forEach((v, i) => expect(body.getCell(1 + i).value ?? null).toBe(v));
    // Cases and a register do not add up: the grand total is empty and says why.
    expect(body.getCell(7).value ?? null).toBeNull();
    expect(String(body.getCell(7).note)).toContain('Không cộng được');
  });

  it('writes a CSV with a BOM whose figures read back as the API’s', async () => {
    const res = await post(staff, '/api/analytics/export', { query, layout, format: 'csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('filename="bang-so-lieu.csv"');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = parse(res.body.slice(1)) as string[][];
    expect(lines[0]).toEqual(['Đơn vị', ...table.items.pe.map((p) => p.name), 'Tổng']);
    table.items.ou.forEach((ou, r) => {
      const values = table.items.pe.map((pe) => figure(table, 'SXHD_CASES', ou.code, pe.code));
      const read = lines[1 + r]!.slice(1).map((f) => (f === '' ? null : Number(f)));
      expect([lines[1 + r]![0], ...read]).toEqual([ou.name, ...values, sum(values)]);
    });
    expect(Number(lines.at(-1)!.at(-1))).toBe(sum(table.cells.map((c) => c.value)));
  });

  it('draws a chart as well-formed SVG naming its series, gaps left as gaps', async () => {
    const res = await post(staff, '/api/analytics/chart.svg', {
      query,
      layout: { type: 'line', series: 'ou', category: 'pe', title: 'Sốt xuất huyết' },
      width: 640,
      height: 320,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const { XMLValidator } = await import('fast-xml-parser');
    expect(XMLValidator.validate(res.body)).toBe(true);
    expect(res.body).toMatch(/^<svg width="640" height="320"/);
    for (const ou of table.items.ou) expect(res.body).toContain(`>${ou.name}</text>`);
    expect(res.body).toContain('>Sốt xuất huyết</text>');
    // Served from the application's origin, an SVG could run a script: a title is text, escaped, never markup.
    const hostile = await post(staff, '/api/analytics/chart.svg', {
      query,
      layout: { type: 'column', series: 'ou', category: 'pe', title: '</text><script>alert(1)</script>' },
    });
    expect(hostile.statusCode).toBe(200);
    expect(hostile.body).not.toContain('<script');
    expect(hostile.body).toContain('&lt;script&gt;');
  });

  it('refuses a layout that does not fit, naming the field, and a size out of bounds', async () => {
    const twice = await post(staff, '/api/analytics/export', {
      query,
      layout: { ...layout, columns: ['ou'] },
      format: 'csv',
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details).toEqual([
      { field: 'layout.columns', message: 'Chiều «Đơn vị» được đặt hai lần' },
    ]);
    const filter = await post(staff, '/api/analytics/export', {
      query,
      layout: { ...layout, columns: [] },
      format: 'xlsx',
    });
    expect(filter.statusCode).toBe(400);
    expect(filter.json().error.details[0]).toMatchObject({
      field: 'layout.rows',
      message: expect.stringContaining('«Kỳ»'),
    });
    const bad = await post(staff, '/api/analytics/export', {
      query,
      layout: { ...layout, rows: ['xx'] },
      format: 'csv',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('layout');
    const chart = await post(staff, '/api/analytics/chart.svg', {
      query,
      layout: { type: 'line', series: 'pe', category: 'pe' },
    });
    expect(chart.statusCode).toBe(400);
    expect(chart.json().error.details[0].field).toBe('layout.category');
    const huge = await post(staff, '/api/analytics/chart.svg', {
      query,
      layout: { type: 'line', series: 'ou', category: 'pe' },
      width: 100_000,
    });
    expect(huge.statusCode).toBe(400);
    expect(JSON.stringify(huge.json().error.details)).toContain('width');
  });

  it('refuses a district’s user another district’s unit', async () => {
    const other = { ...query, ou: ['608'] };
    expect((await post(dakHa, '/api/analytics/export', { query: other, layout, format: 'csv' })).statusCode).toBe(403);
    const chart = { query: other, layout: { type: 'column', series: 'ou', category: 'pe' } };
    expect((await post(dakHa, '/api/analytics/chart.svg', chart)).statusCode).toBe(403);
    expect(
      (await post(dakHa, '/api/analytics/export', { query: { ...query, ou: ['615'] }, layout, format: 'csv' }))
        .statusCode,
    ).toBe(200);
  });
});
