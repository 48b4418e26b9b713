import type { DataValue } from '@syt/core/datavalue/types.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';

/** Values of one element (and option) at one unit, by period. */
const series = (dataElement: string, orgUnit: string, values: Record<string, number>, categoryOptionCombo = 'default'): DataValue[] =>
  Object.entries(values).map(([period, value]) => ({ dataElement, categoryOptionCombo, orgUnit, period, value: String(value) }));

const VALUES: DataValue[] = [
  // Dengue in two districts of province 62, two years.
  ...series('SXHD_CASES', '615', { 202301: 2, 202302: 3, 202303: 4, 202312: 10, 202401: 5, 202402: 6 }),
  ...series('SXHD_CASES', '612', { 202302: 7, 202401: 1, 202402: 2 }),
  // A register (LAST): Đăk Tô has not reported March yet.
  ...series('HIV_REG_TOTAL', '615', { 202401: 100, 202402: 110, 202403: 120 }),
  ...series('HIV_REG_TOTAL', '612', { 202401: 50, 202402: 55 }),
  ...series('HIV_REG_DEATHS', '615', { 202401: 10, 202403: 12 }),
  ...series('HIV_REG_DEATHS', '612', { 202402: 5 }),
  // Tuberculosis by form.
  ...series('LAO_CASES', '612', { 202401: 3 }, 'AFB_POS'),
  ...series('LAO_CASES', '612', { 202401: 2 }, 'AFB_NEG'),
  ...series('LAO_CASES', '612', { 202401: 1 }, 'EXTRAPULM'),
  ...series('LAO_CASES', '615', { 202401: 4 }, 'AFB_POS'),
  // Hospital beds at the province, by level: March has 31 days, April 30.
  ...series('KCB_BED_DAYS', '62', { 202303: 2_000, 202304: 2_000 }, 'TINH'),
  ...series('KCB_BED_DAYS', '62', { 202303: 1_100, 202304: 713 }, 'HUYEN'),
  ...series('KCB_BEDS_PLAN', '62', { 202303: 60, 202304: 60 }, 'TINH'),
  ...series('KCB_BEDS_PLAN', '62', { 202303: 40, 202304: 40 }, 'HUYEN'),
];

describe.each(DIALECTS)('aggregates on $name', (dialect) => {
  let t: TestApp;
  let department: TestClient;
  let dakHa: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await storeTrustedValues(t.database.db, VALUES, 'test', t.clock.now().toISOString());
    department = await signedIn(t, 'canbo', 'staff', '62');
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  const get = (client: TestClient, path: string, query: Record<string, string>) =>
    client.request('GET', `/api/${path}?${new URLSearchParams(query)}`);
  const value = async (item: string, orgUnit: string, from: string, to = from, client = department) => {
    const res = await get(client, 'aggregate', { item, orgUnit, from, to });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value;
  };

  it('answers the item, unit and range with the value', async () => {
    const res = await get(department, 'aggregate', { item: 'SXHD_CASES', orgUnit: '62', from: '202401', to: '202402' });
    expect(res.json()).toEqual({ item: 'SXHD_CASES', orgUnit: '62', from: '202401', to: '202402', value: 14 });
  });

  it('sums a province over its districts', async () => {
    const [province, dakHaValue, dakTo, other] = await Promise.all(
      ['62', '615', '612', '608'].map((unit) => value('SXHD_CASES', unit, '202401')),
    );
    expect([province, dakHaValue, dakTo, other]).toEqual([6, 5, 1, null]);
  });

  it('computes year to date and the same period last year', async () => {
    expect(await value('SXHD_CASES', '62', '202401', '202402')).toBe(5 + 6 + 1 + 2);
    expect(await value('SXHD_CASES', '62', '202301', '202302')).toBe(2 + 3 + 7);
    expect(await value('SXHD_CASES', '62', '2023')).toBe(2 + 3 + 4 + 10 + 7);
    expect(await value('SXHD_CASES', '62', '202201', '202212')).toBeNull();
  });

  it('gives the monthly-report figures of an element', async () => {
    const res = await get(department, 'aggregate/month', { item: 'SXHD_CASES', orgUnit: '62', period: '202402' });
    expect(res.json()).toEqual({
      item: 'SXHD_CASES',
      orgUnit: '62',
      period: '202402',
      month: 8,
      previousMonth: 6,
      sameMonthLastYear: 10,
      yearToDate: 14,
      yearToDateLastYear: 12,
    });
  });

  it('takes each unit’s own latest value of a LAST register when a district reports late', async () => {
    expect(await value('HIV_REG_TOTAL', '62', '202401', '202403')).toBe(120 + 55);
    expect(await value('HIV_REG_TOTAL', '62', '202403')).toBe(120);
    expect(await value('HIV_REG_TOTAL', '62', '202401', '202402')).toBe(110 + 55);
    expect(await value('HIV_REG_TOTAL', '612', '2024Q1')).toBe(55);
  });

  it('reads one option or the element total over all options', async () => {
    expect(await value('LAO_CASES.AFB_POS', '62', '202401')).toBe(7);
    expect(await value('LAO_CASES', '62', '202401')).toBe(10);
    expect(await value('LAO_CASES.AFB_NEG', '615', '202401')).toBeNull();
  });

  it('divides bed days by beds × the days of a 31-day and a 30-day month', async () => {
    expect(await value('KCB_BED_OCCUPANCY', '62', '202303')).toBe(100); // 3100 / (100 × 31)
    expect(await value('KCB_BED_OCCUPANCY', '62', '202304')).toBe(90.4); // 2713 / (100 × 30), one decimal
    const res = await get(department, 'aggregate/month', { item: 'KCB_BED_OCCUPANCY', orgUnit: '62', period: '202304' });
    expect(res.json()).toMatchObject({ month: 90.4, previousMonth: 100, sameMonthLastYear: null, yearToDateLastYear: null });
    expect(res.json().yearToDate).toBe(48.4); // 5813 / (100 × 120 days of January–April)
  });

  it('evaluates HIV_REG_LIVING with the same LAST figures as its elements', async () => {
    expect(await value('HIV_REG_LIVING', '62', '202401', '202403')).toBe(175 - (12 + 5));
    expect(await value('HIV_REG_LIVING', '62', '202403')).toBe(120 - 12);
    expect(await value('HIV_REG_LIVING', '615', '202402')).toBe(110);
    expect(await value('HIV_REG_LIVING', '62', '2022')).toBeNull();
  });

  it('shows a value saved through PUT /api/data-values in the next aggregate call', async () => {
    expect(await value('SXHD_DEATHS', '62', '202402')).toBeNull();
    const put = await dakHa.request('PUT', '/api/data-values', { dataElement: 'SXHD_DEATHS', orgUnit: '615', period: '202402', value: '2' });
    expect(put.statusCode, put.body).toBe(200);
    expect(await value('SXHD_DEATHS', '62', '202402')).toBe(2);
    expect(await value('SXHD_DEATHS', '615', '202402', '202402', dakHa)).toBe(2);
    await dakHa.request('PUT', '/api/data-values', { dataElement: 'SXHD_DEATHS', orgUnit: '615', period: '202402', value: '3' });
    expect(await value('SXHD_DEATHS', '62', '202401', '202402')).toBe(3);
  });

  it('follows a unit’s merger history: Quảng Ngãi’s 2024 is Kon Tum’s, which its staff read through Quảng Ngãi only', async () => {
    const quangNgai = await signedIn(t, 'quangngai', 'staff', '51');
    expect(await value('SXHD_CASES', '51', '202401', '202401', quangNgai)).toBe(6);
    expect(await value('SXHD_CASES', '51', '202401', '202402', quangNgai)).toBe(5 + 6 + 1 + 2);
    expect(await value('HIV_REG_TOTAL', '51', '202401', '202403', quangNgai)).toBe(120 + 55);
    const month = await get(quangNgai, 'aggregate/month', { item: 'SXHD_CASES', orgUnit: '51', period: '202402' });
    expect(month.json()).toMatchObject({ month: 8, previousMonth: 6, yearToDate: 14 });
    expect((await get(quangNgai, 'aggregate', { item: 'SXHD_CASES', orgUnit: '62', from: '202401', to: '202401' })).statusCode).toBe(403);
  });

  it('answers 403 when a district reporter asks about another district or the province', async () => {
    for (const orgUnit of ['612', '62']) {
      const res = await get(dakHa, 'aggregate', { item: 'SXHD_CASES', orgUnit, from: '202401', to: '202402' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      const month = await get(dakHa, 'aggregate/month', { item: 'SXHD_CASES', orgUnit, period: '202402' });
      expect(month.statusCode).toBe(403);
    }
  });

  it.each([
    ['aggregate', { item: 'KHONG_CO', from: '202401', to: '202401' }, 'item'],
    ['aggregate', { item: 'LAO_CASES.KHONG_CO', from: '202401', to: '202401' }, 'item'],
    ['aggregate', { item: 'SXHD_CASES', from: '2024-01', to: '202401' }, 'from'],
    ['aggregate', { item: 'SXHD_CASES', from: '202401', to: '202413' }, 'to'],
    ['aggregate', { item: 'SXHD_CASES', from: '202402', to: '202401' }, 'to'],
    ['aggregate', { from: '202401', to: '202401' }, 'item'],
    ['aggregate/month', { item: 'SXHD_CASES', period: '2024Q1' }, 'period'],
    ['aggregate/month', { item: 'SXHD_CASES', period: 'thang3' }, 'period'],
    ['aggregate/month', { item: 'KHONG_CO', period: '202403' }, 'item'],
  ])('answers 400 naming the field for %s %j', async (path, query, field) => {
    const res = await get(department, path, { orgUnit: '62', ...query });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([field]);
    expect(res.json().error.message).not.toBe('');
  });

  it('answers 401 without a session', async () => {
    const anonymous = await new TestClient(t.app).init();
    expect((await get(anonymous, 'aggregate', { item: 'SXHD_CASES', orgUnit: '62', from: '202401', to: '202401' })).statusCode).toBe(401);
    expect((await get(anonymous, 'aggregate/month', { item: 'SXHD_CASES', orgUnit: '62', period: '202401' })).statusCode).toBe(401);
  });
});
