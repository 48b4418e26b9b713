import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../clock.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { addUser, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/harness.ts';

const basic = (user: string) => `Basic ${Buffer.from(`${user}:${TEST_PASSWORD}`).toString('base64')}`;

/** Issue 15: DHIS2's single-value /api/dataValues over SYT's data entry (audit, scope, follow-up). */
describe.each(DIALECTS)('DHIS2 single data values on $name', (dialect) => {
  let t: TestApp;
  let cell: string;
  beforeEach(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'), { importMaxBytes: 2048 });
    await addUser(t, 'canbo', 'staff', '62', { canEditExpired: true });
    await addUser(t, 'dakha', 'reporter', '615');
    const uid = async (table: 'data_element' | 'org_unit', code: string) =>
      (await t.database.db.selectFrom(table).select('uid').where('code', '=', code).executeTakeFirstOrThrow()).uid;
    cell = `de=${await uid('data_element', 'SXHD_CASES')}&pe=202312&ou=${await uid('org_unit', '615')}`;
  });
  afterEach(() => t.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', query: string, user = 'canbo') =>
    t.app.inject({ method, url: `/api/dataValues?${query}`, headers: { authorization: basic(user) } });
  const row = () =>
    t.database.db
      .selectFrom('data_value as v')
      .innerJoin('data_element as d', 'd.id', 'v.data_element_id')
      .select(['v.value', 'v.comment', 'v.follow_up'])
      .where('d.code', '=', 'SXHD_CASES')
      .executeTakeFirst();

  it('stores with comment and follow-up, audited; a comment alone keeps the value', async () => {
    expect((await call('POST', `${cell}&value=4&comment=ghi%20ch%C3%BA&followUp=true`)).statusCode).toBe(201);
    expect(await row()).toEqual({ value: '4', comment: 'ghi chú', follow_up: 1 });
    expect((await call('POST', `${cell}&comment=s%E1%BB%ADa`)).statusCode).toBe(201);
    expect(await row()).toMatchObject({ value: '4', comment: 'sửa' });
    const audit = await t.database.db.selectFrom('data_value_audit').select(['action', 'new_value', 'changed_by']).orderBy('id').execute();
    expect(audit[0]).toMatchObject({ action: 'CREATE', new_value: '4', changed_by: 'canbo' });
  });

  it('reads as DHIS2 lists it, deletes, and answers 404 for an empty cell', async () => {
    await call('POST', `${cell}&value=9`);
    const read = await call('GET', cell);
    expect(read.json()).toEqual(['9']);
    expect((await call('DELETE', cell)).statusCode).toBe(204);
    expect(await row()).toBeUndefined();
    const empty = await call('GET', cell);
    expect(empty.statusCode).toBe(404);
    expect(empty.json().error.message).toBe('Ô dữ liệu này chưa có giá trị.');
    expect((await call('DELETE', cell)).statusCode).toBe(404);
  });

  it('refuses a non-default attribute combo rather than writing the default, and keeps scope', async () => {
    const res = await call('POST', `${cell}&value=1&cc=abcdefghijk&cp=xyz`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('cp');
    expect((await call('POST', `${cell}&value=1&cc=bRowv6yZOF2`)).statusCode).toBe(201);
    const other = cell.replace(/ou=\w+/, `ou=${(await t.database.db.selectFrom('org_unit').select('uid').where('code', '=', '608').executeTakeFirstOrThrow()).uid}`);
    expect((await call('POST', `${other}&value=1`, 'dakha')).statusCode).toBe(403);
    expect((await call('POST', `${cell}&value=kh%C3%B4ng-ph%E1%BA%A3i-s%E1%BB%91`)).statusCode).toBe(400);
  });

  it('refuses a dataValueSets body past the configured import limit before reading it', async () => {
    const big = JSON.stringify({ dataValues: [{ dataElement: 'x', period: '202312', orgUnit: 'y', value: '1'.repeat(4096) }] });
    const res = await t.app.inject({
      method: 'POST', url: '/api/dataValueSets', payload: big, headers: { authorization: basic('canbo'), 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(await row()).toBeUndefined();
  });
});
