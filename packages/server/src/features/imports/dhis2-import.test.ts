import { uidFor } from '@syt/core/metadata/uid.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

type Entry = Record<string, unknown>;
const value = (dataElement: string, v: string, extra: Entry = {}): Entry => ({
  dataElement,
  period: '202311',
  orgUnit: '615',
  categoryOptionCombo: 'default',
  value: v,
  ...extra,
});
/** A DHIS2 `dataValueSets` JSON document: header fields, then the values. */
const file = (values: Entry[], header: Entry = {}) => JSON.stringify({ ...header, dataValues: values });

/** DHIS2's data value import semantics through SYT's own POST /api/imports, with DHIS2-shaped files. */
describe.each(DIALECTS)('DHIS2 import semantics on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  const upload = async (body: string, query = '') => {
    const res = await staff.upload(`/api/imports?format=json${query}`, 'dhis2.json', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** element → value of unit 615, period 202311, attribute combo 0 unless named. */
  const stored = async (attribute = 0) => {
    const rows = await t.database.db
      .selectFrom('data_value as v')
      .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
      .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
      .select(['de.code', 'v.value'])
      .where('ou.code', '=', '615')
      .where('v.period', '=', '202311')
      .where('v.attribute_option_combo_id', '=', attribute)
      .orderBy('de.code')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.code, r.value]));
  };
  const comboId = async (code: string) =>
    (await t.database.db.selectFrom('category_option_combo').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'));
    staff = await signedIn(t, 'canbo', 'staff', '62', { canEditExpired: true });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('data_value').execute();
    await t.database.db.deleteFrom('data_set_report').execute();
    await t.database.db.deleteFrom('data_value_audit').execute();
    await upload(file([value('TCM_CASES', '5'), value('TCM_DEATHS', '1')]));
  });

  it('removes a value marked deleted, and ignores one that is not stored instead of creating it', async () => {
    const summary = await upload(file([value('TCM_CASES', '5', { deleted: true }), value('THUYDAU_CASES', '3', { deleted: true })]));
    expect(summary).toMatchObject({ status: 'SUCCESS', imported: 0, updated: 0, deleted: 1, ignored: 1 });
    expect(await stored()).toEqual({ TCM_DEATHS: '1' });
  });

  it('removes a value a DHIS2 CSV marks deleted', async () => {
    const csv = [
      'dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,timestamp,comment,flwup,deleted',
      'TCM_DEATHS,202311,615,HllvX50cXC0,HllvX50cXC0,1,admin,2023-12-01T10:00:00.000,,false,true',
    ].join('\n');
    const res = await staff.upload('/api/imports?format=csv', 'dhis2.csv', csv);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', deleted: 1 });
    expect(await stored()).toEqual({ TCM_CASES: '5' });
  });

  it('reports an unknown extra CSV column as a warning and stores the values', async () => {
    const csv = ['dataelement,period,orgunit,catoptcombo,attroptcombo,value,cot_la', 'TCM_CASES,202311,615,,,7,x'].join('\n');
    const summary = (await staff.upload('/api/imports?format=csv', 'dhis2.csv', csv)).json();
    expect(summary).toMatchObject({ status: 'SUCCESS', updated: 1 });
    expect(summary.warnings).toEqual([expect.stringContaining('cot_la')]);
    expect(await stored()).toEqual({ TCM_CASES: '7', TCM_DEATHS: '1' });
  });

  it('writes nothing when the payload asks for a dry run', async () => {
    const summary = await upload(file([value('TCM_CASES', '9'), value('THUYDAU_CASES', '2')], { dryRun: true }));
    expect(summary).toMatchObject({ status: 'SUCCESS', dryRun: true, imported: 1, updated: 1 });
    expect(await stored()).toEqual({ TCM_CASES: '5', TCM_DEATHS: '1' });
  });

  it('keeps a dry run asked for by the request even when the payload says dryRun false', async () => {
    const summary = await upload(file([value('TCM_CASES', '9')], { dryRun: false }), '&dryRun=true');
    expect(summary).toMatchObject({ dryRun: true, updated: 1 });
    expect(await stored()).toEqual({ TCM_CASES: '5', TCM_DEATHS: '1' });
  });

  it('importStrategy DELETE removes the named values whatever they hold, and ignores absent ones', async () => {
    const summary = await upload(file([value('TCM_CASES', '999'), value('THUYDAU_CASES', '2')], { importStrategy: 'DELETE' }));
    expect(summary).toMatchObject({ status: 'SUCCESS', imported: 0, deleted: 1, ignored: 1 });
    expect(await stored()).toEqual({ TCM_DEATHS: '1' });
  });

  it('CREATE adds new values only; UPDATE changes stored values only', async () => {
    const created = await upload(file([value('TCM_CASES', '7'), value('THUYDAU_CASES', '2')]), '&importStrategy=CREATE');
    expect(created).toMatchObject({ imported: 1, updated: 0, ignored: 1 });
    expect(await stored()).toEqual({ THUYDAU_CASES: '2', TCM_CASES: '5', TCM_DEATHS: '1' });
    const updated = await upload(file([value('TCM_CASES', '7'), value('QUAIBI_CASES', '4')], { importStrategy: 'UPDATE' }));
    expect(updated).toMatchObject({ imported: 0, updated: 1, ignored: 1 });
    expect(await stored()).toEqual({ THUYDAU_CASES: '2', TCM_CASES: '7', TCM_DEATHS: '1' });
  });

  it('lets the payload header name objects by UID and by name', async () => {
    const unitName = (await t.database.db.selectFrom('org_unit').select('name').where('code', '=', '615').executeTakeFirstOrThrow()).name;
    const byUid = file([value(uidFor('dataElement', 'TCM_CASES'), '8', { orgUnit: uidFor('orgUnit', '615'), categoryOptionCombo: 'HllvX50cXC0' })], {
      idScheme: 'UID',
    });
    expect(await upload(byUid)).toMatchObject({ status: 'SUCCESS', updated: 1 });
    const byName = file([value('TCM_DEATHS', '3', { orgUnit: unitName })], { orgUnitIdScheme: 'NAME' });
    expect(await upload(byName)).toMatchObject({ status: 'SUCCESS', updated: 1 });
    expect(await stored()).toEqual({ TCM_CASES: '8', TCM_DEATHS: '3' });
  });

  it('refuses an identifier no object goes by under the scheme, naming it as given, and changes nothing', async () => {
    const summary = await upload(file([value('TCM_CASES', '8'), value('THUYDAU_CASES', '2')], { dataElementIdScheme: 'UID' }));
    expect(summary).toMatchObject({ status: 'ERROR', imported: 0 });
    expect(summary.conflicts.map((c: { code: string; field: string }) => [c.field, c.code])).toEqual([
      ['dataElement', 'TCM_CASES'],
      ['dataElement', 'THUYDAU_CASES'],
    ]);
    expect(summary.conflicts[0].reason).toBe('Không có phần tử dữ liệu nào có UID "TCM_CASES".');
    expect(await stored()).toEqual({ TCM_CASES: '5', TCM_DEATHS: '1' });
  });

  it('keeps values of different attribute option combos apart, and refuses an unknown one', async () => {
    const summary = await upload(
      file([value('TCM_CASES', '2', { attributeOptionCombo: 'TINH' }), value('TCM_CASES', '3', { attributeOptionCombo: 'HUYEN' })]),
    );
    expect(summary).toMatchObject({ status: 'SUCCESS', imported: 2 });
    expect(await stored()).toEqual({ TCM_CASES: '5', TCM_DEATHS: '1' });
    expect(await stored(await comboId('TINH'))).toEqual({ TCM_CASES: '2' });
    expect(await stored(await comboId('HUYEN'))).toEqual({ TCM_CASES: '3' });
    // SYT's forms hold the values without attribute combo: the imported ones of other combos stay out of them.
    const form = (await staff.request('GET', '/api/data-values?orgUnit=615&period=202311')).json();
    expect(form.dataValues.filter((v: { dataElement: string }) => v.dataElement === 'TCM_CASES')).toEqual([
      expect.objectContaining({ value: '5' }),
    ]);
    const unknown = await upload(file([value('TCM_CASES', '4', { attributeOptionCombo: 'KHONG_CO' })]));
    expect(unknown).toMatchObject({ status: 'ERROR' });
    expect(unknown.conflicts[0]).toMatchObject({ field: 'attributeOptionCombo', reason: expect.stringContaining('"KHONG_CO"') });
  });

  it('refuses an unknown dataSet in Vietnamese and changes nothing', async () => {
    const summary = await upload(file([value('TCM_CASES', '9')], { dataSet: 'KHONG_CO_BIEU', completeDate: '2023-12-05' }));
    expect(summary).toMatchObject({ status: 'ERROR', imported: 0, updated: 0 });
    expect(summary.conflicts).toEqual([
      expect.objectContaining({ field: 'dataSet', code: 'KHONG_CO_BIEU', reason: expect.stringContaining('không tồn tại') }),
    ]);
    expect(await stored()).toEqual({ TCM_CASES: '5', TCM_DEATHS: '1' });
  });

  it('records completeDate as the completion of the data set form at each unit and period of the file', async () => {
    const summary = await upload(file([value('TCM_CASES', '6')], { dataSet: 'BTN_THANG', completeDate: '2023-12-05' }));
    expect(summary).toMatchObject({ status: 'SUCCESS', updated: 1, submittedTotal: 1 });
    const report = await t.database.db
      .selectFrom('data_set_report as r')
      .innerJoin('data_set as ds', 'ds.id', 'r.data_set_id')
      .innerJoin('org_unit as ou', 'ou.id', 'r.org_unit_id')
      .select(['ds.code', 'ou.code as unit', 'r.period', 'r.status', 'r.submitted_at', 'r.submitted_by'])
      .execute();
    expect(report).toEqual([
      { code: 'BTN_THANG', unit: '615', period: '202311', status: 'SUBMITTED', submitted_at: '2023-12-05', submitted_by: 'canbo' },
    ]);
  });

  it('completes the form of each ADX group marked dataSetComplete, at its own unit and period', async () => {
    const adx = `<?xml version="1.0" encoding="UTF-8"?>
<adx xmlns="urn:ihe:qrph:adx:2015" exported="2023-12-05T08:00:00Z">
  <group orgUnit="615" period="2023-11-01/P1M" dataSet="BTN_THANG" dataSetComplete="2023-12-06">
    <dataValue dataElement="TCM_CASES" value="6"/>
  </group>
  <group orgUnit="612" period="2023-11-01/P1M" dataSet="BTN_THANG">
    <dataValue dataElement="TCM_CASES" value="2"/>
  </group>
</adx>`;
    const res = await staff.upload('/api/imports?format=adx', 'dhis2.xml', adx);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', imported: 1, updated: 1, submittedTotal: 1 });
    const reports = await t.database.db
      .selectFrom('data_set_report as r')
      .innerJoin('org_unit as ou', 'ou.id', 'r.org_unit_id')
      .select(['ou.code', 'r.period', 'r.status', 'r.submitted_at'])
      .execute();
    expect(reports).toEqual([{ code: '615', period: '202311', status: 'SUBMITTED', submitted_at: '2023-12-06' }]);
  });

  it('refuses a DHIS2 period of a type SYT does not store: "loại kỳ chưa hỗ trợ"', async () => {
    const summary = await upload(file([value('TCM_CASES', '6', { period: '20231105' }), value('TCM_CASES', '6', { period: '2023BiW1' })]));
    expect(summary).toMatchObject({ status: 'ERROR', imported: 0 });
    expect(summary.conflicts).toHaveLength(2);
    for (const c of summary.conflicts) expect(c).toMatchObject({ field: 'period', reason: expect.stringContaining('loại kỳ chưa hỗ trợ') });
  });

  it('stores the followup, storedBy, created and lastUpdated a file gives; the audit keeps the importer and the time', async () => {
    const summary = await upload(
      file([
        value('THUYDAU_CASES', '2', { followup: true, storedBy: 'dhis2-user', created: '2023-12-01T08:00:00.000', lastUpdated: '2023-12-02T09:00:00.000' }),
      ]),
    );
    expect(summary).toMatchObject({ status: 'SUCCESS', imported: 1 });
    const row = await t.database.db
      .selectFrom('data_value as v')
      .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
      .select(['v.follow_up', 'v.stored_by', 'v.created_at', 'v.updated_at', 'v.data_element_id'])
      .where('de.code', '=', 'THUYDAU_CASES')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ follow_up: 1, stored_by: 'dhis2-user', created_at: '2023-12-01T08:00:00.000', updated_at: '2023-12-02T09:00:00.000' });
    const audit = await t.database.db
      .selectFrom('data_value_audit')
      .select(['action', 'changed_by', 'changed_at'])
      .where('data_element_id', '=', row.data_element_id)
      .execute();
    expect(audit).toEqual([{ action: 'CREATE', changed_by: 'canbo', changed_at: '2024-01-10T02:00:00.000Z' }]);
    // followup false clears the mark on the same value: DHIS2 counts it as an update.
    expect(await upload(file([value('THUYDAU_CASES', '2', { followup: false })]))).toMatchObject({ updated: 1 });
    const cleared = await t.database.db.selectFrom('data_value').select('follow_up').where('data_element_id', '=', row.data_element_id).executeTakeFirstOrThrow();
    expect(cleared.follow_up).toBe(0);
  });

  it('exports what it stored: attribute combo, followup, storedBy, created, lastUpdated, and the data set asked for', async () => {
    await upload(
      file([
        value('THUYDAU_CASES', '2', { attributeOptionCombo: 'TINH', followup: true, storedBy: 'dhis2-user', created: '2023-12-01T08:00:00.000' }),
      ]),
    );
    const res = await staff.request('GET', '/api/exports?orgUnit=615&period=202311&dataSet=BTN_THANG&format=json');
    expect(res.statusCode, res.body).toBe(200);
    const exported = res.json();
    expect(exported.dataSet).toBe('BTN_THANG');
    expect(exported.dataValues).toContainEqual({
      dataElement: 'THUYDAU_CASES', period: '202311', orgUnit: '615', attributeOptionCombo: 'TINH', value: '2',
      storedBy: 'dhis2-user', created: '2023-12-01T08:00:00.000', lastUpdated: '2024-01-10T02:00:00.000Z', followup: true,
    });
    expect(exported.dataValues).toContainEqual(expect.objectContaining({ dataElement: 'TCM_CASES', value: '5', storedBy: 'canbo', followup: false }));
  });

  it('atomicMode NONE stores the valid values, skips the refused ones and answers WARNING', async () => {
    const summary = await upload(file([value('TCM_CASES', '6'), value('KHONG_CO', '1'), value('THUYDAU_CASES', '2')], { atomicMode: 'NONE' }));
    expect(summary).toMatchObject({ status: 'WARNING', imported: 1, updated: 1, ignored: 1, conflictsTotal: 1 });
    expect(summary.conflicts[0]).toMatchObject({ index: 1, code: 'KHONG_CO', field: 'dataElement' });
    expect(await stored()).toEqual({ THUYDAU_CASES: '2', TCM_CASES: '6', TCM_DEATHS: '1' });
  });

  it('keeps all-or-nothing as the default', async () => {
    const summary = await upload(file([value('TCM_CASES', '6'), value('KHONG_CO', '1')]));
    expect(summary).toMatchObject({ status: 'ERROR', imported: 0, updated: 0 });
    expect(await stored()).toEqual({ TCM_CASES: '5', TCM_DEATHS: '1' });
  });

  it('names the location once: the reason does not repeat it', async () => {
    const csv = 'dataelement,period,orgunit,catoptcombo,attroptcombo,value\nTCM_CASES,,615,,,3\n';
    const res = await staff.upload('/api/imports?format=csv', 'dhis2.csv', csv);
    const [conflict] = res.json().conflicts;
    expect(conflict.location).toBe('Dòng 2');
    expect(conflict.reason).not.toContain('Dòng 2');
  });
});
