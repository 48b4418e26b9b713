import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

/** Fills cells by their label row and column header, as a person would in Excel. */
async function fill(data: Buffer, entries: Array<[sheetPrefix: string, rowLabel: string, column: string, value: string | number]>) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  for (const [prefix, rowLabel, column, value] of entries) {
    const sheet = book.worksheets.find((s) => s.name.startsWith(prefix))!;
    let header: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Chỉ tiêu') header = row;
      if (row.getCell(1).value === rowLabel && header) {
        const col = (header.values as unknown[]).indexOf(column);
        row.getCell(col).value = value;
      }
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe.each(DIALECTS)('the Excel form on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  const form = 'dataSet=BTN_THANG&orgUnit=615&period=202311';
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-04T02:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  it('downloads the Đăk Hà BTN_THANG 202311 form with Vietnamese labels, one sheet per section, labels locked', async () => {
    await dakHa.request('PUT', '/api/data-values', { dataElement: 'TCM_CASES', orgUnit: '615', period: '202311', value: '2' });
    const res = await dakHa.request('GET', `/api/forms/xlsx?${form}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const visible = book.worksheets.filter((s) => s.state === 'visible');
    expect(visible.map((s) => s.name)).toEqual(['1. Bệnh truyền nhiễm- số mắc…', '2. Ổ dịch sốt xuất huyết, sốt…']);
    const sheet = visible[0]!;
    expect(String(sheet.getCell('A2').value)).toContain('Đăk Hà (615)');
    expect(String(sheet.getCell('A2').value)).toContain('tháng 11/2023');
    let prefilled: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Tay - Chân - Miệng') prefilled = row.getCell(2).value;
    });
    expect(prefilled).toBe(2);
    expect(sheet.getCell('A6').protection?.locked).not.toBe(false);
  });

  it('stores exactly the typed values when the filled form is uploaded', async () => {
    const blank = (await dakHa.request('GET', `/api/forms/xlsx?${form}`)).rawPayload;
    const filled = await fill(blank, [
      ['1.', 'Sốt xuất huyết Dengue', 'Số mắc', 12],
      ['1.', 'Sốt xuất huyết Dengue', 'Tử vong', 0],
      ['1.', 'Bệnh Lao', 'Lao phổi AFB (+)', 4],
      ['2.', 'Sốt xuất huyết Dengue: số ổ dịch', 'Giá trị', 3],
    ]);
    const res = await dakHa.upload('/api/imports', 'BTN_THANG-615-202311.xlsx', filled);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', imported: 4, ignored: 1 });
    const values = (await dakHa.request('GET', '/api/data-values?orgUnit=615&period=202311')).json().dataValues;
    expect(values.map((v: { dataElement: string; categoryOptionCombo: string; value: string }) => `${v.dataElement}.${v.categoryOptionCombo}=${v.value}`).sort()).toEqual(
      ['LAO_CASES.AFB_POS=4', 'SXHD_CASES.default=12', 'SXHD_DEATHS.default=0', 'SXHD_OUTBREAKS.default=3', 'TCM_CASES.default=2'],
    );
  });

  it('refuses text in a count cell, naming the sheet and the cell, and stores nothing', async () => {
    const blank = (await dakHa.request('GET', `/api/forms/xlsx?${form}`)).rawPayload;
    const filled = await fill(blank, [
      ['1.', 'Thủy đậu', 'Số mắc', 5],
      ['1.', 'Quai bị', 'Số mắc', 'ba ca'],
    ]);
    const before = await t.database.db.selectFrom('data_value').selectAll().execute();
    const res = await dakHa.upload('/api/imports', 'form.xlsx', filled);
    expect(res.json().status).toBe('ERROR');
    const [conflict] = res.json().conflicts;
    expect(conflict.location).toMatch(/^Trang "1\. Bệnh truyền nhiễm- số mắc…", ô B\d+$/);
    expect(conflict).toMatchObject({ code: 'QUAIBI_CASES', field: 'value' });
    expect(conflict.reason).toContain('"ba ca"');
    expect(await t.database.db.selectFrom('data_value').selectAll().execute()).toEqual(before);
  });
});
