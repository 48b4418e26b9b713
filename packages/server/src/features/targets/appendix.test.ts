import type { TargetView } from '@syt/core/api/targets.ts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import type { TestClient } from '../../test/harness.ts';
import { startReportTest, type ReportTest } from '../reports/reports.fixture.ts';

const STATUS = { EXCEEDED: 'Vượt', MET: 'Đạt', NOT_MET: 'Không đạt' } as const;

/** The table of an appendix's sheet: its header lines, its headings and its rows of cells, as exceljs reads them back. */
async function readAppendix(client: TestClient, query: string) {
  const res = await client.request('GET', `/api/targets/appendix?${query}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0]!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  const head = rows.findIndex((r) => r.getCell(1).value === 'STT');
  return {
    name: sheet.name,
    lines: rows.slice(0, head).map((r) => String(r.getCell(1).value)),
    headings: (rows[head]!.values as unknown[]).slice(1),
    body: rows.slice(head + 1),
  };
}

/** Server clock 05/03/2024: 2023 is counted whole (its December was not reported). */
describe.each(DIALECTS)('targets appendices on $name', (dialect) => {
  let rt: ReportTest;
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    const decision = { number: '12/QĐ-SYT', date: '2023-01-10' };
    const set = async (body: object) =>
      expect((await rt.users.staff.request('POST', '/api/targets', { year: 2023, decision, ...body })).statusCode).toBe(
        201,
      );
    await set({ orgUnit: '62', item: 'KCB_VISITS', measure: 'lượt', direction: 'AT_LEAST', value: 500_000 });
    await set({ orgUnit: '62', item: 'SXHD_CASES', measure: '=1+1', direction: 'AT_MOST', value: 150.5 });
    // Given to 615 before 608: Phụ lục II still lists 608 first, as the province orders its districts.
    await set({ orgUnit: '615', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 40 });
    await set({ orgUnit: '615', item: 'KCB_VISITS', measure: 'lượt', direction: 'AT_LEAST', value: 60_000 });
    await set({ orgUnit: '608', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 30 });
  }, 120_000);
  afterAll(() => rt.t.close());

  const targets = async (org: string) =>
    (await rt.users.viewer.request('GET', `/api/targets?org=${org}&year=2023`)).json().targets as TargetView[];

  /** A row of the sheet against the API's target, cell by cell (Phụ lục II has the unit in its second column). */
  const expectRow = (row: ExcelJS.Row, index: number, t: TargetView, withUnit: boolean) => {
    const cells = (row.values as unknown[]).slice(1);
    const [stt, ...rest] = cells;
    const [unit, item, measure, target, actual, percent, status, estimate] = withUnit ? rest : [undefined, ...rest];
    expect(stt).toBe(index);
    if (withUnit) expect(unit).toBe(t.orgUnit.name);
    expect(String(item).startsWith(t.item.name)).toBe(true);
    expect(measure === t.measure || measure === `'${t.measure}`).toBe(true);
    expect(target).toBe(t.value);
    expect(actual ?? null).toBe(t.achievement.actual);
    expect(percent ?? null).toBe(t.achievement.percent);
    expect(status).toBe(t.achievement.status ? STATUS[t.achievement.status] : 'Chưa có số liệu');
    expect(estimate ?? null).toBe(t.achievement.estimate?.value ?? null);
    const first = withUnit ? 3 : 2;
    expect(row.getCell(first + 4).numFmt).toBe('#,##0.0');
    expect(row.getCell(first + 2).numFmt).toBe(Number.isInteger(t.value) ? '#,##0' : '#,##0.0##');
  };

  it("writes Phụ lục I: the unit's own targets with the header lines a department's appendix carries", async () => {
    const own = (await targets('62')).filter((t) => t.orgUnit.code === '62');
    expect(own).toHaveLength(2);
    const sheet = await readAppendix(rt.users.viewer, 'org=62&year=2023&appendix=I');
    expect(sheet.name).toBe('Phụ lục I');
    expect(sheet.lines[0]).toBe('Phụ lục I');
    expect(sheet.lines[1]).toBe('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH NĂM 2023');
    expect(sheet.lines[2]).toBe('(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm …)');
    expect(sheet.lines[3]).toBe(`Đơn vị: ${own[0]!.orgUnit.name}`);
    expect(sheet.lines.join('\n')).toContain('Năm kế hoạch: 2023');
    expect(sheet.headings).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch năm',
      // The suite's figures stop at November 2023: the heading says so.
      'Thực hiện 11 tháng (01–11/2023)',
      'Tỷ lệ % so với kế hoạch',
      'Đánh giá',
      'Ước cả năm',
    ]);
    expect(sheet.body).toHaveLength(own.length);
    own.forEach((t, i) => expectRow(sheet.body[i]!, i + 1, t, false));
    // The reported figures are there, not blanks: the test compares something.
    expect(own.every((t) => t.achievement.actual !== null)).toBe(true);
    // Typed text goes out quoted: a spreadsheet shows the measure, it does not compute it.
    const dengue = sheet.body.find((r) =>
      String(r.getCell(2).value).startsWith(own.find((t) => t.item.code === 'SXHD_CASES')!.item.name),
    )!;
    expect(dengue.getCell(3).value).toBe("'=1+1");
    expect(String(dengue.getCell(2).value)).toContain('không vượt quá');
    // The estimate's cell says how it was made.
    expect(sheet.body[0]!.getCell(8).note).toBeTruthy();
  });

  it("writes Phụ lục II: one row per unit × target under the unit, units in the province's order", async () => {
    const below = (await targets('62')).filter((t) => t.orgUnit.code !== '62');
    const sheet = await readAppendix(rt.users.viewer, 'org=62&year=2023&appendix=II');
    expect(sheet.lines[1]).toBe('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KẾ HOẠCH NĂM 2023 CỦA CÁC ĐƠN VỊ');
    expect(sheet.headings.slice(0, 3)).toEqual(['STT', 'Đơn vị', 'Chỉ tiêu']);
    expect(sheet.body).toHaveLength(3);
    const order = ['608', '615'];
    const expected = [...below].sort((a, b) => order.indexOf(a.orgUnit.code) - order.indexOf(b.orgUnit.code));
    expect(expected.map((t) => t.orgUnit.code)).toEqual(['608', '615', '615']);
    expected.forEach((t, i) => expectRow(sheet.body[i]!, i + 1, t, true));
  });

  it('refuses in Vietnamese an appendix with no target, and an appendix it does not know', async () => {
    const none = await rt.users.viewer.request('GET', '/api/targets/appendix?org=615&year=2023&appendix=II');
    expect(none.statusCode).toBe(422);
    expect(none.json().error).toMatchObject({
      code: 'NOTHING_TO_EXPORT',
      message: expect.stringContaining('chưa được giao chỉ tiêu nào cho năm 2023'),
    });
    const future = await rt.users.viewer.request('GET', '/api/targets/appendix?org=62&year=2030&appendix=I');
    expect(future.json().error.code).toBe('NOTHING_TO_EXPORT');
    const third = await rt.users.viewer.request('GET', '/api/targets/appendix?org=62&year=2023&appendix=III');
    expect(third.statusCode).toBe(400);
    expect(third.json().error.details).toMatchObject([{ field: 'appendix' }]);
    // A district's user reads its own unit's appendix, not another district's.
    const own = await readAppendix(rt.users.district, 'org=615&year=2023&appendix=I');
    expect(own.body).toHaveLength(2);
    expect(
      (await rt.users.district.request('GET', '/api/targets/appendix?org=608&year=2023&appendix=I')).statusCode,
    ).toBe(403);
  });
});
