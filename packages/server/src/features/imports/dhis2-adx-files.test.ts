import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** An ADX document of one group, as DHIS2 and other IHE producers write it. */
const adx = (groupAttributes: string, values: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<adx xmlns="urn:ihe:qrph:adx:2015" exported="2024-01-05T08:00:00Z">
  <group orgUnit="615" ${groupAttributes}>${values}</group>
</adx>`;

/** ADX files DHIS2 reads that SYT used to refuse or misread, through SYT's own import, on both engines. */
describe.each(DIALECTS)('DHIS2-shaped ADX files on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  const upload = async (body: string) => {
    const res = await staff.upload('/api/imports?format=adx', 'dhis2.adx.xml', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const storedRows = () =>
    t.database.db
      .selectFrom('data_value as v')
      .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
      .select(['de.code', 'v.period', 'v.value', 'v.comment'])
      .orderBy('de.code')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'));
    staff = await signedIn(t, 'canbo', 'staff', '62', { canEditExpired: true });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('data_value_audit').execute();
    await t.database.db.deleteFrom('data_value').execute();
  });

  it('reads a group comment and a categoryOptionCombo attribute (DHIS2 default UID) instead of refusing them', async () => {
    const file = adx(
      'period="2023-11-01/P1M" dataSet="BTN_THANG" comment="Đã rà soát với tuyến xã"',
      '<dataValue dataElement="TCM_CASES" value="4"/><dataValue dataElement="TCM_DEATHS" categoryOptionCombo="HllvX50cXC0" value="1"/>',
    );
    expect(await upload(file)).toMatchObject({ status: 'SUCCESS', imported: 2, conflictsTotal: 0 });
    expect(await storedRows()).toEqual([
      { code: 'TCM_CASES', period: '202311', value: '4', comment: 'Đã rà soát với tuyến xã' },
      { code: 'TCM_DEATHS', period: '202311', value: '1', comment: 'Đã rà soát với tuyến xã' },
    ]);
  });

  it.each([
    ['2024-04-01/P1Y', '2024April', 'FinancialApril'],
    ['2024-01-15/P1D', '20240115', 'Daily'],
    ['2024-01-01/P2M', '202401B', 'BiMonthly'],
    ['2024-01-01/P14D', '2024BiW1', 'BiWeekly'],
  ])('reads the duration %s as DHIS2 period %s, and refuses to store a %s value: "loại kỳ chưa hỗ trợ"', async (period, code, type) => {
    const summary = await upload(adx(`period="${period}"`, '<dataValue dataElement="TCM_CASES" value="4"/>'));
    expect(summary).toMatchObject({ status: 'ERROR', imported: 0, conflictsTotal: 1 });
    expect(summary.conflicts[0]).toMatchObject({ field: 'period' });
    expect(summary.conflicts[0].reason).toContain('loại kỳ chưa hỗ trợ');
    expect(summary.conflicts[0].reason).toContain(code);
    expect(summary.conflicts[0].reason).toContain(type);
    expect(await storedRows()).toEqual([]);
  });

  it('reads an attribute category of the group (mechanism) and refuses the option SYT does not know, naming it', async () => {
    const summary = await upload(adx('period="2023-11-01/P1M" mechanism="PEPFAR_X"', '<dataValue dataElement="TCM_CASES" value="4"/>'));
    expect(summary).toMatchObject({ status: 'ERROR', conflictsTotal: 1 });
    expect(summary.conflicts[0]).toMatchObject({ field: 'attributeOptionCombo' });
    expect(summary.conflicts[0].reason).toContain('mechanism=PEPFAR_X');
    expect(await storedRows()).toEqual([]);
  });

  it('blames the data element, not its categories, when the element is unknown', async () => {
    const summary = await upload(adx('period="2023-11-01/P1M"', '<dataValue dataElement="KHONG_CO" GIOI_TINH="NAM" value="1"/>'));
    expect(summary).toMatchObject({ status: 'ERROR', conflictsTotal: 1 });
    expect(summary.conflicts[0]).toMatchObject({ field: 'dataElement', code: 'KHONG_CO' });
    expect(summary.conflicts[0].reason).toContain('KHONG_CO');
    expect(summary.conflicts[0].reason).not.toContain('GIOI_TINH');
  });
});
