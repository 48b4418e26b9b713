import { uidFor } from '@syt/core/metadata/uid.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../clock.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { addUser, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/harness.ts';

const basic = (user: string) => `Basic ${Buffer.from(`${user}:${TEST_PASSWORD}`).toString('base64')}`;
const de = uidFor('dataElement', 'SXHD_CASES');
const deaths = uidFor('dataElement', 'SXHD_DEATHS');
const dakHa = uidFor('orgUnit', '615');
const btn = uidFor('dataSet', 'BTN_THANG');

/** Issue 15: DHIS2's /api/dataValueSets, as a DHIS2 script calls it (Basic auth, raw body, no CSRF token). */
describe.each(DIALECTS)('DHIS2 dataValueSets on $name', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'));
    await addUser(t, 'canbo', 'staff', '62', { canEditExpired: true });
    await addUser(t, 'dakha', 'reporter', '615');
    await addUser(t, 'xem', 'viewer', '62');
  });
  afterEach(() => t.close());

  const send = (url: string, body: string, type: string, user = 'canbo') =>
    t.app.inject({ method: 'POST', url, payload: body, headers: { authorization: basic(user), 'content-type': type } });
  const read = (url: string, user = 'canbo', accept?: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: basic(user), ...(accept ? { accept } : {}) } });
  const stored = async () =>
    (
      await t.database.db
        .selectFrom('data_value as v')
        .innerJoin('data_element as d', 'd.id', 'v.data_element_id')
        .innerJoin('org_unit as o', 'o.id', 'v.org_unit_id')
        .select(['d.code', 'o.code as unit', 'v.period', 'v.value'])
        .orderBy('d.code')
        .execute()
    ).map((r) => `${r.code}|${r.unit}|${r.period}|${r.value}`);
  const json = (values: object[], header: object = {}) => JSON.stringify({ ...header, dataValues: values });

  it('imports a JSON set named by UIDs (DHIS2 default), answering in DHIS2 WebMessage', async () => {
    const body = json([
      { dataElement: de, period: '202312', orgUnit: dakHa, value: '7' },
      { dataElement: deaths, period: '202312', orgUnit: dakHa, categoryOptionCombo: 'HllvX50cXC0', value: '1' },
    ], { dataSet: btn });
    const res = await send('/api/dataValueSets', body, 'application/json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      httpStatus: 'OK', httpStatusCode: 200, status: 'OK',
      response: { responseType: 'ImportSummary', status: 'SUCCESS', importCount: { imported: 2, updated: 0, ignored: 0, deleted: 0 }, conflicts: [] },
    });
    expect(await stored()).toEqual(['SXHD_CASES|615|202312|7', 'SXHD_DEATHS|615|202312|1']);
  });

  it('imports CSV and ADX with codes, by content type and by path suffix', async () => {
    const csv = 'dataelement,period,orgunit,catoptcombo,attroptcombo,value\nSXHD_CASES,202312,615,,,5\n';
    const res = await send('/api/dataValueSets?idScheme=CODE', csv, 'application/csv');
    expect(res.statusCode, res.body).toBe(200);
    const adx = `<?xml version="1.0" encoding="UTF-8"?><adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="615" period="2023-12-01/P1M" dataSet="BTN_THANG"><dataValue dataElement="SXHD_DEATHS" value="2"/></group></adx>`;
    const fromAdx = await send('/api/dataValueSets.adx', adx, 'application/adx+xml');
    expect(fromAdx.statusCode, fromAdx.body).toBe(200);
    expect(await stored()).toEqual(['SXHD_CASES|615|202312|5', 'SXHD_DEATHS|615|202312|2']);
  });

  it('refuses a file naming an unknown UID with 409 and the identifier, storing nothing', async () => {
    const body = json([
      { dataElement: de, period: '202312', orgUnit: dakHa, value: '7' },
      { dataElement: 'khongCoMaNay', period: '202312', orgUnit: dakHa, value: '1' },
    ]);
    const res = await send('/api/dataValueSets', body, 'application/json');
    expect(res.statusCode).toBe(409);
    const answer = res.json();
    expect(answer).toMatchObject({ httpStatus: 'Conflict', status: 'ERROR', response: { status: 'ERROR' } });
    expect(answer.response.conflicts[0].object).toBe('khongCoMaNay');
    expect(answer.response.conflicts[0].value).toContain('khongCoMaNay');
    expect(await stored()).toEqual([]);
  });

  it('stores nothing on dryRun, and keeps scope: a district reporter cannot write another district', async () => {
    const body = json([{ dataElement: de, period: '202312', orgUnit: dakHa, value: '7' }]);
    const dry = await send('/api/dataValueSets?dryRun=true', body, 'application/json');
    expect(dry.json().response).toMatchObject({ status: 'SUCCESS', importCount: { imported: 1 }, importOptions: { dryRun: true } });
    expect(await stored()).toEqual([]);
    const other = json([{ dataElement: de, period: '202312', orgUnit: uidFor('orgUnit', '608'), value: '7' }]);
    expect((await send('/api/dataValueSets', other, 'application/json', 'dakha')).statusCode).toBe(409);
    expect((await send('/api/dataValueSets', body, 'application/json', 'xem')).statusCode).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it('refuses an unknown content type with 415 naming it', async () => {
    const res = await send('/api/dataValueSets', 'x', 'application/octet-stream');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('application/octet-stream');
  });

  it('reads values back in UIDs, codes, CSV, by dates and with children', async () => {
    await send('/api/dataValueSets?idScheme=CODE', 'dataelement,period,orgunit,value\nSXHD_CASES,202312,615,4\nSXHD_CASES,202311,608,3\n', 'text/csv');
    const byUid = await read(`/api/dataValueSets?dataSet=${btn}&period=202312&orgUnit=${dakHa}`);
    expect(byUid.statusCode, byUid.body).toBe(200);
    expect(byUid.json().dataValues).toEqual([
      expect.objectContaining({ dataElement: de, period: '202312', orgUnit: dakHa, categoryOptionCombo: 'HllvX50cXC0', value: '4', storedBy: 'canbo', followup: false }),
    ]);
    expect(byUid.json().dataValues[0].attributeOptionCombo).toBeUndefined();
    const byCode = await read('/api/dataValueSets.json?dataSet=BTN_THANG&period=202312&orgUnit=615&idScheme=CODE');
    expect(byCode.json().dataValues).toEqual([expect.objectContaining({ dataElement: 'SXHD_CASES', period: '202312', orgUnit: '615', value: '4' })]);
    const csv = await read(`/api/dataValueSets.csv?dataSet=${btn}&period=202312&orgUnit=${dakHa}`);
    expect(csv.headers['content-type']).toContain('application/csv');
    expect(csv.body).toContain(`${de},202312,${dakHa}`);
    const tree = await read(`/api/dataValueSets?dataSet=${btn}&startDate=2023-11-01&endDate=2023-12-31&orgUnit=${uidFor('orgUnit', '62')}&children=true&idScheme=CODE`);
    expect(tree.json().dataValues.map((v: { orgUnit: string; period: string }) => `${v.orgUnit}|${v.period}`)).toEqual(['608|202311', '615|202312']);
    expect((await read(`/api/dataValueSets?period=202312&orgUnit=${uidFor('orgUnit', '608')}`, 'dakha')).statusCode).toBe(403);
    const missing = await read(`/api/dataValueSets?orgUnit=${dakHa}`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('period');
  });

  it('runs async imports as jobs polled at /api/system/tasks, visible to their owner only', async () => {
    const body = json([{ dataElement: de, period: '202312', orgUnit: dakHa, value: '9' }]);
    const res = await send('/api/dataValueSets?async=true', body, 'application/json');
    expect(res.statusCode).toBe(200);
    const { response } = res.json();
    expect(response.relativeNotifierEndpoint).toBe(`/api/system/tasks/DATAVALUE_IMPORT/${response.id}`);
    let tasks: { completed: boolean; message: string }[] = [];
    for (let i = 0; i < 500 && !tasks[0]?.completed; i++) {
      tasks = (await read(response.relativeNotifierEndpoint)).json();
      if (!tasks[0]?.completed) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(tasks[0]).toMatchObject({ completed: true, level: 'INFO' });
    expect(tasks.at(-1)!.message).toBe('Bắt đầu nhập dữ liệu.');
    const summary = await read(`/api/system/taskSummaries/DATAVALUE_IMPORT/${response.id}`);
    expect(summary.json()).toMatchObject({ responseType: 'ImportSummary', status: 'SUCCESS', importCount: { imported: 1 } });
    expect((await read(response.relativeNotifierEndpoint, 'dakha')).statusCode).toBe(404);
    expect(await stored()).toEqual(['SXHD_CASES|615|202312|9']);
  });
});
