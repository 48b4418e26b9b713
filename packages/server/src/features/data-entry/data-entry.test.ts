import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('entering values on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  const cell = { dataElement: 'SXHD_CASES', orgUnit: '615', period: '202311' };
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-03T03:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  const put = (body: object) => dakHa.request('PUT', '/api/data-values', body);
  const stored = async () =>
    (await t.database.db.selectFrom('data_value').select(['value', 'comment', 'stored_by']).execute()).map((r) => ({ ...r }));
  const audit = async (c: object = cell) =>
    (await dakHa.request('GET', `/api/data-values/audit?${new URLSearchParams(c as Record<string, string>)}`)).json().audit;

  it('stores a value with its province root and an audit row', async () => {
    const res = await put({ ...cell, value: ' 04 ' });
    expect(res.statusCode).toBe(200);
    expect(res.json().dataValue).toEqual({ ...cell, categoryOptionCombo: 'default', value: '4' });
    const row = await t.database.db.selectFrom('data_value as v').innerJoin('org_unit as p', 'p.id', 'v.province_id').select(['v.value', 'p.code']).executeTakeFirstOrThrow();
    expect(row).toEqual({ value: '4', code: '62' });
    expect(await audit()).toEqual([
      expect.objectContaining({ action: 'CREATE', oldValue: null, newValue: '4', changedBy: 'dakha', changedAt: '2023-12-03T03:00:00.000Z' }),
    ]);
  });

  it('records updates with old and new values, and deletes', async () => {
    t.clock.advanceMinutes(1);
    await put({ ...cell, value: '6', comment: 'Bổ sung 2 ca từ xã Hà Mòn' });
    t.clock.advanceMinutes(1);
    await put({ ...cell, value: '' });
    const trail = await audit();
    expect(trail.map((a: { action: string }) => a.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    expect(trail[1]).toMatchObject({ oldValue: '4', newValue: '6', newComment: 'Bổ sung 2 ca từ xã Hà Mòn' });
    expect(trail[0]).toMatchObject({ oldValue: '6', newValue: null });
    expect(await stored()).toEqual([]);
  });

  it.each(['-1', '2.5', 'ba', '1e2'])('refuses %j for a count with a Vietnamese message and stores nothing', async (value) => {
    const res = await put({ ...cell, value });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'INVALID_VALUE', details: [{ field: 'value' }] });
    expect(res.json().error.message).toContain('số nguyên không âm');
    expect(await stored()).toEqual([]);
  });

  it('answers 403 for another district and 400 for unknown codes, storing nothing', async () => {
    expect((await put({ ...cell, orgUnit: '612', value: '3' })).statusCode).toBe(403);
    const unknown = await put({ ...cell, dataElement: 'KHONG_CO', value: '3' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('dataElement');
    const combo = await put({ ...cell, dataElement: 'LAO_CASES', categoryOptionCombo: 'TINH', value: '3' });
    expect(combo.json().error.details[0].field).toBe('categoryOptionCombo');
    // No form of the unit is quarterly (a week is: BTN_TUAN).
    expect((await put({ ...cell, period: '2023Q4', value: '3' })).json().error.code).toBe('NOT_IN_FORM');
    expect(await stored()).toEqual([]);
  });

  it('stores a disaggregated value under its option combo', async () => {
    const res = await put({ dataElement: 'LAO_CASES', categoryOptionCombo: 'AFB_POS', orgUnit: '615', period: '202311', value: '3' });
    expect(res.statusCode).toBe(200);
    await put({ dataElement: 'LAO_CASES', categoryOptionCombo: 'AFB_POS', orgUnit: '615', period: '202311', value: '' });
  });

  it('shows the last 12 months of a cell', async () => {
    const res = await dakHa.request('GET', `/api/data-values/history?${new URLSearchParams(cell)}`);
    const history = res.json().history;
    expect(history).toHaveLength(12);
    expect(history[0].period).toBe('202212');
    expect(history[11].period).toBe('202311');
  });

  it('refuses periods after the district was dissolved (30/06/2025)', async () => {
    const res = await put({ ...cell, period: '202507', value: '1' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'UNIT_NOT_OPEN' });
    expect(res.json().error.message).toContain('Đăk Hà');
  });

  it('closes entry after the window and refuses future periods', async () => {
    expect((await put({ ...cell, period: '202401', value: '1' })).json().error.code).toBe('PERIOD_NOT_STARTED');
    t.clock.advanceMinutes(60 * 24 * 20);
    await dakHa.login('dakha');
    const late = await put({ ...cell, value: '1' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'PERIOD_CLOSED' });
    expect(late.json().error.message).toContain('20/12/2023');
    expect(await stored()).toEqual([]);
  });
});
