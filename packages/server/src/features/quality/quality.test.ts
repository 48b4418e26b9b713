import { generateSeriesBounds, isSeasonal, monthOf, type HistoryCounts } from '@syt/core/quality/index.ts';
import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import type { FormCheck, FormView } from '@syt/core/api/forms.ts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { startTestApp, TestClient, type TestApp } from '../../test/harness.ts';
import { DEMO_PASSWORD, loadDemo } from '../install/demo.service.ts';

// The issue's scene: the demo on 03/01/2024, Đăk Hà (615) entering December 2023's hepatitis A cases.
const CELL = { dataElement: 'VGA_CASES', orgUnit: '615', period: '202312' };
const CELL_REF = { dataElement: CELL.dataElement, categoryOptionCombo: 'default' };
const ANALYSIS = 'dataSet=BTN_THANG&orgUnit=62&from=202301&to=202312';

describe.each(DIALECTS)('data quality on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let dakHa: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-03T02:00:00Z'));
    await loadDemo({ db: t.database.db, clock: t.clock });
    staff = await new TestClient(t.app).init();
    await staff.login('chuyenvien', DEMO_PASSWORD);
    dakHa = await new TestClient(t.app).init();
    await dakHa.login('dakha', DEMO_PASSWORD);
    // At 09:00 on 03/01/2024 the demo's districts have not yet sent December: Đăk Hà's form is still open.
  }, 120_000);
  afterAll(() => t.close());

  const db = () => t.database.db;
  const history = async (unit?: string) => {
    let q = db()
      .selectFrom('data_value as v')
      .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
      .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
      .select(['v.period', 'v.value'])
      .where('de.code', '=', 'VGA_CASES')
      .where('v.period', '>=', '201901')
      .where('v.period', '<=', '202312');
    if (unit) q = q.where('ou.code', '=', unit);
    return (await q.execute()).map((r) => ({ period: r.period, value: Number(r.value) }));
  };
  const storedBounds = async () =>
    db()
      .selectFrom('data_value_bound as b')
      .innerJoin('data_element as de', 'de.id', 'b.data_element_id')
      .innerJoin('org_unit as ou', 'ou.id', 'b.org_unit_id')
      .select(['b.month', 'b.min_value as min', 'b.max_value as max', 'b.generated'])
      .where('de.code', '=', 'VGA_CASES')
      .where('ou.code', '=', '615')
      .orderBy('b.month')
      .execute();
  const boundsFor = async (period: string) => {
    const rows = await storedBounds();
    const row = rows.find((b) => b.month === 0) ?? rows.find((b) => b.month === monthOf(period))!;
    return { min: row.min, max: row.max };
  };
  const storedCell = () =>
    db()
      .selectFrom('data_value as v')
      .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
      .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
      .select(['v.value', 'v.comment', 'v.follow_up'])
      .where('de.code', '=', CELL.dataElement)
      .where('ou.code', '=', CELL.orgUnit)
      .where('v.period', '=', CELL.period)
      .executeTakeFirst();

  /** The outlier flag GET /api/forms gives the cell, as the entry grid reads it when the form is opened. */
  const formOutlier = async () => {
    const res = await dakHa.request('GET', `/api/forms?dataSet=BTN_THANG&orgUnit=${CELL.orgUnit}&period=${CELL.period}`);
    expect(res.statusCode).toBe(200);
    const flagged = (res.json() as FormView).outliers.filter((o) => o.dataElement === CELL.dataElement);
    expect(flagged.length).toBeLessThanOrEqual(1);
    return flagged[0]?.outlier;
  };

  it('derives Đăk Hà\'s hepatitis A bounds from the demo\'s five years of history', async () => {
    const pairs = generateSeriesBounds(await history('615'), isSeasonal(await history()));
    expect(pairs.length).toBeGreaterThan(0);
    expect((await storedBounds()).map(({ month, min, max, generated }) => ({ month, min, max, generated }))).toEqual(
      pairs.map((p) => ({ ...p, generated: 1 })),
    );
    expect((await boundsFor('202312')).max).toBeLessThan(100);
  });

  it('refuses 1,000,000,000 cases at entry, naming `value` and the bounds, and keeps the stored value', async () => {
    const before = await storedCell();
    const res = await dakHa.request('PUT', '/api/data-values', { ...CELL, value: '1000000000' });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error).toMatchObject({ code: 'ABSURD_VALUE', details: [{ field: 'value' }], bounds: await boundsFor('202312'), cap: 100_000 });
    expect(error.message).toContain('1.000.000.000');
    expect(await storedCell()).toEqual(before);
  });

  it('keeps a value outside its bounds, marks it for follow-up and asks for a comment', async () => {
    const bounds = await boundsFor('202312');
    const high = String(bounds.max + 5);
    const first = await dakHa.request('PUT', '/api/data-values', { ...CELL, value: high });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ dataValue: { value: high }, outlier: { bounds, followUp: true, commentRequired: true } });
    expect(await storedCell()).toMatchObject({ value: high, follow_up: 1 });
    // Opened again, the form still flags the cell and still asks for the comment.
    expect(await formOutlier()).toEqual({ bounds, followUp: true, commentRequired: true });
    const explained = await dakHa.request('PUT', '/api/data-values', { ...CELL, value: high, comment: 'Ổ dịch tại xã Hà Mòn' });
    expect(explained.json().outlier).toMatchObject({ commentRequired: false });
    expect(await formOutlier()).toEqual({ bounds, followUp: true, commentRequired: false });
    // Staff follow it up and unmark it; the form no longer flags it, and a later comment leaves it unmarked.
    await staff.request('PUT', '/api/quality/follow-up', { ...CELL, followUp: false });
    expect(await formOutlier()).toBeUndefined();
    await dakHa.request('PUT', '/api/data-values', { ...CELL, value: high, comment: 'Ổ dịch tại xã Hà Mòn, đã xác minh' });
    expect(await storedCell()).toMatchObject({ value: high, follow_up: 0 });
    const ordinary = await dakHa.request('PUT', '/api/data-values', { ...CELL, value: String(bounds.max), comment: '' });
    expect(ordinary.json().outlier).toBeUndefined();
    expect(await storedCell()).toMatchObject({ value: String(bounds.max), follow_up: 0 });
  });

  const importCell = (value: string, comment?: string) =>
    staff.upload('/api/imports', 'vga.json', toDataValueSetJson([{ ...CELL, categoryOptionCombo: 'default', value, ...(comment ? { comment } : {}) }]));

  it('refuses 1,000,000,000 by import as at entry, naming the value and the cap, and stores nothing', async () => {
    const before = await storedCell();
    const res = await importCell('1000000000');
    expect(res.json()).toMatchObject({ status: 'ERROR', conflictsTotal: 1, conflicts: [{ field: 'value', code: 'VGA_CASES' }] });
    expect(res.json().conflicts[0].reason).toContain('1.000.000.000');
    expect(await storedCell()).toEqual(before);
  });

  it('marks an imported value outside its bounds for follow-up, as the grid does, and counts it in the summary', async () => {
    const bounds = await boundsFor('202312');
    const res = await importCell(String(bounds.max + 7));
    expect(res.json()).toMatchObject({ status: 'SUCCESS', updated: 1, flagged: 1 });
    expect(await storedCell()).toMatchObject({ value: String(bounds.max + 7), follow_up: 1 });
    expect(await formOutlier()).toEqual({ bounds, followUp: true, commentRequired: true });
    // "Kiểm tra số liệu" lists it beside the rules.
    const check = async () => {
      const res = await dakHa.request('GET', `/api/forms/validation?dataSet=BTN_THANG&orgUnit=${CELL.orgUnit}&period=${CELL.period}`);
      expect(res.statusCode).toBe(200);
      return (res.json() as FormCheck).outliers.filter((o) => o.dataElement === CELL.dataElement);
    };
    expect(await check()).toEqual([{ ...CELL_REF, value: bounds.max + 7, bounds, comment: null, followUp: true }]);
    // Back within the bounds: the mark goes, as when the value is corrected in the grid, and the check lists nothing.
    expect((await importCell(String(bounds.max))).json()).toMatchObject({ status: 'SUCCESS', flagged: 0 });
    expect(await storedCell()).toMatchObject({ follow_up: 0 });
    expect(await check()).toEqual([]);
  });

  it('lists the 1,000,000,000 value saved before SYT checked values, outside the bounds from history, with its z-score', async () => {
    // The scene: the value was stored by an earlier release, which refused nothing.
    await db()
      .updateTable('data_value')
      .set({ value: '1000000000', comment: '=HYPERLINK("x")' })
      .where('data_element_id', '=', (eb) => eb.selectFrom('data_element').select('id').where('code', '=', CELL.dataElement))
      .where('org_unit_id', '=', (eb) => eb.selectFrom('org_unit').select('id').where('code', '=', CELL.orgUnit))
      .where('period', '=', CELL.period)
      .execute();
    const res = await staff.request('GET', `/api/quality/outliers?${ANALYSIS}`);
    expect(res.statusCode).toBe(200);
    const first = res.json().rows[0];
    expect(first).toMatchObject({ ...CELL, categoryOptionCombo: 'default', value: 1_000_000_000, outsideBounds: true, ...(await boundsFor('202312')) });
    expect(first.z).toBeGreaterThan(3);
    // A viewer of the district sees the same row; nothing outside the chosen months is listed.
    const later = await staff.request('GET', '/api/quality/outliers?dataSet=BTN_THANG&orgUnit=615&from=202201&to=202211');
    expect(later.json().rows.some((r: { period: string }) => r.period === '202312')).toBe(false);
  });

  it('marks and unmarks a value for follow-up', async () => {
    const mark = (followUp: boolean) => staff.request('PUT', '/api/quality/follow-up', { ...CELL, followUp });
    expect((await mark(true)).statusCode).toBe(200);
    expect((await storedCell())!.follow_up).toBe(1);
    await mark(false);
    const listed = (await staff.request('GET', `/api/quality/outliers?${ANALYSIS}`)).json().rows[0];
    expect(listed).toMatchObject({ ...CELL, followUp: false });
    const empty = await staff.request('PUT', '/api/quality/follow-up', { ...CELL, period: '202401', followUp: true });
    expect(empty.json().error).toMatchObject({ code: 'NO_VALUE', details: [{ field: 'period' }] });
  });

  it('exports the list as CSV and XLSX, quoting typed text against formulas', async () => {
    const csv = await staff.request('GET', `/api/quality/outliers/export?${ANALYSIS}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Mã chỉ tiêu,Chỉ tiêu');
    expect(csv.body).toMatch(/VGA_CASES,.*,615,.*,202312,1000000000,/);
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);
    const xlsx = await staff.request('GET', `/api/quality/outliers/export?${ANALYSIS}&format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(7).value).toBe(1_000_000_000);
    expect(sheet.getRow(2).getCell(13).value).toBe(`'=HYPERLINK("x")`);
  });

  it('says so instead of exporting an empty list, and refuses a range it will not analyse', async () => {
    const none = await staff.request('GET', '/api/quality/outliers/export?dataSet=BTN_THANG&orgUnit=615&from=203001&to=203002&format=csv');
    expect(none.statusCode).toBe(422);
    expect(none.json().error.code).toBe('NOTHING_TO_EXPORT');
    const long = await staff.request('GET', '/api/quality/outliers?dataSet=BTN_THANG&orgUnit=62&from=201801&to=202312');
    expect(long.json().error).toMatchObject({ code: 'RANGE_TOO_LONG', details: [{ field: 'from' }] });
    const weekly = await staff.request('GET', '/api/quality/outliers?dataSet=BTN_THANG&orgUnit=62&from=2023W01&to=202312');
    expect(weekly.json().error).toMatchObject({ details: [{ field: 'from' }] });
  });

  it('lets staff set bounds by hand, which a regeneration keeps', async () => {
    const bad = await staff.request('PUT', '/api/quality/bounds', { dataElement: 'VGA_CASES', orgUnit: '615', min: 9, max: 2 });
    expect(bad.json().error).toMatchObject({ code: 'INVALID_BOUNDS', details: [{ field: 'min' }] });
    const set = await staff.request('PUT', '/api/quality/bounds', { dataElement: 'VGA_CASES', orgUnit: '615', min: 0, max: 40 });
    expect(set.statusCode).toBe(200);
    const regenerated = await staff.request('POST', '/api/quality/bounds/generate', { dataSet: 'BTN_THANG', orgUnit: '62' });
    expect(regenerated.statusCode).toBe(200);
    expect(regenerated.json()).toMatchObject({ from: '201901', to: '202312' });
    expect(regenerated.json().series).toBeGreaterThan(100);
    expect(await storedBounds()).toEqual([{ month: 0, min: 0, max: 40, generated: 0 }]);
    const within = await dakHa.request('PUT', '/api/data-values', { ...CELL, value: '40', comment: 'Ổ dịch' });
    expect(within.json().outlier).toBeUndefined();
  });

  it('runs the validation rules over every unit and month that reported, and exports the failures', async () => {
    await dakHa.request('PUT', '/api/data-values', { ...CELL, dataElement: 'VGA_DEATHS', value: '50', comment: 'Thử' });
    const res = await staff.request('GET', `/api/quality/validation?${ANALYSIS}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Ten districts, twelve months, every form of the demo has values.
    expect(body).toMatchObject({ checked: 120, notReported: 0, truncated: false });
    expect(body.rows).toContainEqual({
      orgUnit: '615', orgUnitName: 'Đăk Hà', period: '202312', rule: 'VR_VGA_DEATHS_LE_CASES', importance: 'HIGH',
      message: 'Số tử vong do Bệnh viêm gan vi rút A không được lớn hơn số mắc', left: 50, operator: '<=', right: 40,
    });
    const later = (await staff.request('GET', '/api/quality/validation?dataSet=BTN_THANG&orgUnit=615&from=202401&to=202402')).json();
    expect(later).toMatchObject({ checked: 0, notReported: 2, rows: [] });
    const csv = await staff.request('GET', `/api/quality/validation/export?${ANALYSIS}&format=csv`);
    expect(csv.body).toContain('615,Đăk Hà,202312,VR_VGA_DEATHS_LE_CASES,HIGH');
    const none = await staff.request('GET', '/api/quality/validation/export?dataSet=BTN_THANG&orgUnit=615&from=202401&to=202402&format=xlsx');
    expect(none.json().error.code).toBe('NOTHING_TO_EXPORT');
  });

  it('shows a year of reporting unit by unit, month by month, and exports it to Excel', async () => {
    const res = await staff.request('GET', '/api/quality/completeness-history?dataSet=BTN_THANG&orgUnit=62&year=2023');
    expect(res.statusCode).toBe(200);
    const { rows } = res.json() as { rows: { orgUnit: { code: string }; months: (string | null)[]; counts: HistoryCounts }[] };
    expect(rows).toHaveLength(10);
    const dakHaRow = rows.find((r) => r.orgUnit.code === '615')!;
    // December was reopened on 3 January, before its due date: not yet due, not missing.
    expect(dakHaRow.months[11]).toBe('NOT_DUE');
    expect(dakHaRow.counts.due).toBe(11);
    for (const row of rows) {
      expect(row.months.every((m) => m !== null)).toBe(true);
      expect(row.counts.reported + row.counts.missing).toBe(row.counts.due);
      expect(row.counts.onTime + row.counts.late).toBe(row.counts.reported);
    }
    const later = (await staff.request('GET', '/api/quality/completeness-history?dataSet=BTN_THANG&orgUnit=615&year=2024')).json();
    expect(later.rows).toEqual([{ orgUnit: { code: '615', name: 'Đăk Hà' }, months: [...Array(12).fill('NOT_DUE')], counts: { due: 0, reported: 0, onTime: 0, late: 0, missing: 0 } }]);
    const bad = await staff.request('GET', '/api/quality/completeness-history?dataSet=BTN_THANG&orgUnit=62&year=23');
    expect(bad.json().error).toMatchObject({ code: 'INVALID_YEAR', details: [{ field: 'year' }] });

    const xlsx = await staff.request('GET', '/api/quality/completeness-history/export?dataSet=BTN_THANG&orgUnit=62&year=2023');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(14).value).toBe('Tháng 12');
    const dakHaLine = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === '615')!;
    expect(dakHaLine.getCell(14).value).toBe('Chưa đến hạn');
    expect(dakHaLine.getCell(15).value).toBe(11);
  });
});
