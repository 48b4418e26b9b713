import { uidFor } from '@syt/core/metadata/uid.ts';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import { parsePeriod } from '@syt/core/period/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';
import { loadDemo } from '../install/demo.service.ts';
import { monthlyReportInput } from '../reports/report-input.service.ts';

const dengue = (orgUnit: string, period: string, value: number, dataElement = 'SXHD_CASES'): DataValue =>
  ({ dataElement, categoryOptionCombo: 'default', orgUnit, period, value: String(value) });

/**
 * "5 dengue cases entered for 2023W47 at Đăk Tô turned November's 12 into 17": with the demo loaded, a week and a
 * month of the same element are two reports of the same cases, and each range reads one of them only.
 */
describe.each(DIALECTS)('weekly and monthly values counted once on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let dakHa: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-03T02:00:00Z'));
    await loadDemo({ db: t.database.db, clock: t.clock });
    staff = await signedIn(t, 'canbo', 'staff', '62');
    dakHa = await signedIn(t, 'baocaodh', 'reporter', '615');
  }, 180_000);
  afterAll(() => t.close());

  const aggregate = async (item: string, orgUnit: string, from: string, to = from) => {
    const res = await staff.request('GET', `/api/aggregate?${new URLSearchParams({ item, orgUnit, from, to })}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value as number | null;
  };
  const reportDakTo = async () => {
    const province = await t.database.db.selectFrom('org_unit').select(['id', 'code', 'name', 'path']).where('code', '=', '62').executeTakeFirstOrThrow();
    const input = await monthlyReportInput(t.database.db, province, parsePeriod('202311'));
    return input.figures.byUnit('SXHD_CASES', 'month').get('612');
  };
  const store = (values: DataValue[]) => storeTrustedValues(t.database.db, values, 'test', t.clock.now().toISOString());

  it('keeps Đăk Tô’s November 2023 at the demo’s 12 when 5 cases are entered for 2023W47, which reads 5', async () => {
    expect(await aggregate('SXHD_CASES', '612', '202311')).toBe(12);
    expect(await reportDakTo()).toBe(12);
    const year = await aggregate('SXHD_CASES', '612', '2023');
    // The demo's weeks of November (W44..W48) are November's 12 split by week.
    expect(await aggregate('SXHD_CASES', '612', '2023W44', '2023W48')).toBe(12);

    // The demo's week holds 1 case: the 5 entered replace it.
    await t.database.db
      .deleteFrom('data_value')
      .where('period', '=', '2023W47')
      .where('org_unit_id', '=', (eb) => eb.selectFrom('org_unit').select('id').where('code', '=', '612'))
      .where('data_element_id', '=', (eb) => eb.selectFrom('data_element').select('id').where('code', '=', 'SXHD_CASES'))
      .execute();
    await store([dengue('612', '2023W47', 5)]);
    expect(await aggregate('SXHD_CASES', '612', '2023W47')).toBe(5);
    expect(await aggregate('SXHD_CASES', '612', '202311')).toBe(12);
    expect(await aggregate('SXHD_CASES', '612', '2023')).toBe(year);
    expect(await reportDakTo()).toBe(12);
    const month = (await staff.request('GET', '/api/aggregate/month?item=SXHD_CASES&orgUnit=612&period=202311')).json();
    expect(month).toMatchObject({ month: 12 });
  });

  it('rolls a weekly-only element’s boundary weeks into the month and year of their Thursday', async () => {
    // An element no data set holds has no calendar values: its weeks are its only figures.
    const combo = await t.database.db.selectFrom('category_combo').select('id').where('code', '=', 'default').executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('data_element')
      .values({ code: 'TUAN_ONLY', uid: uidFor('dataElement', 'TUAN_ONLY'), name: 'Chỉ báo cáo tuần', value_type: 'INTEGER_ZERO_OR_POSITIVE', aggregation_type: 'SUM', category_combo_id: combo.id })
      .execute();
    const week = (period: string, value: number) => dengue('612', period, value, 'TUAN_ONLY');
    await store([week('2020W53', 1), week('2021W01', 10), week('2015W53', 100), week('2021W52', 1_000), week('2022W01', 10_000), week('2023W44', 7)]);
    // 2020W53 (28/12/2020–03/01/2021) is December's and 2020's.
    expect(await aggregate('TUAN_ONLY', '612', '202012')).toBe(1);
    expect(await aggregate('TUAN_ONLY', '612', '2020')).toBe(1);
    expect(await aggregate('TUAN_ONLY', '612', '202101')).toBe(10);
    expect(await aggregate('TUAN_ONLY', '612', '2015')).toBe(100);
    expect(await aggregate('TUAN_ONLY', '612', '2016')).toBeNull();
    // 2021W52 (27/12/2021–02/01/2022) is 2021's, 2022W01 2022's.
    expect(await aggregate('TUAN_ONLY', '612', '2021')).toBe(1_010);
    expect(await aggregate('TUAN_ONLY', '612', '2022Q1')).toBe(10_000);
    // 2023W44 (30/10–05/11/2023) is November's, not October's.
    expect(await aggregate('TUAN_ONLY', '612', '202310')).toBeNull();
    expect(await aggregate('TUAN_ONLY', '612', '202311')).toBe(7);
    expect(await aggregate('TUAN_ONLY', '62', '2023W44')).toBe(7);
    expect(await aggregate('TUAN_ONLY', '612', '2020W53', '2021W01')).toBe(11);
  });

  it('reads a collected-monthly element’s boundary weeks in weekly ranges only', async () => {
    await store([dengue('612', '2020W53', 3), dengue('612', '2015W53', 4)]);
    expect(await aggregate('SXHD_CASES', '612', '2020W53')).toBe(3);
    expect(await aggregate('SXHD_CASES', '612', '2015W53')).toBe(4);
    // The demo has no 2015: the week does not make a year of it.
    expect(await aggregate('SXHD_CASES', '612', '2015')).toBeNull();
  });

  it('refuses a range from a week to a month', async () => {
    const res = await staff.request('GET', '/api/aggregate?item=SXHD_CASES&orgUnit=612&from=2023W44&to=202311');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'INVALID_RANGE', details: [{ field: 'to' }] });
  });

  it('saves a weekly cell of BTN_TUAN for the current week, and its completeness lists the districts by week', async () => {
    const put = await dakHa.request('PUT', '/api/data-values', { dataElement: 'SXHD_CASES', orgUnit: '615', period: '2024W01', value: '2' });
    expect(put.statusCode, put.body).toBe(200);
    expect(await aggregate('SXHD_CASES', '615', '2024W01')).toBe(2);
    expect(await aggregate('SXHD_CASES', '615', '202401')).toBeNull();
    // The bounds come from monthly figures: 900 cases are an outlier for January, not judged for a week.
    const month = await dakHa.request('PUT', '/api/data-values', { dataElement: 'SXHD_CASES', orgUnit: '615', period: '202401', value: '900' });
    expect(month.json().outlier).toMatchObject({ followUp: true });
    const week = await dakHa.request('PUT', '/api/data-values', { dataElement: 'SXHD_CASES', orgUnit: '615', period: '2024W01', value: '900', expected: '2' });
    expect(week.statusCode, week.body).toBe(200);
    expect(week.json().outlier).toBeUndefined();

    const view = (await staff.request('GET', '/api/completeness?dataSet=BTN_TUAN&period=2023W51')).json();
    expect(view.dueDate).toBe('2023-12-26'); // the Tuesday after the week
    expect(view.rows).toHaveLength(10);
    expect(view.summary.reportingRate).toBe(100);
    const wrong = await staff.request('GET', '/api/completeness?dataSet=BTN_TUAN&period=202312');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('INVALID_PERIOD');
  });
});
