import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { addUser, signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';

/** Issue 9.1: a district admin re-parenting a neighbour under their own district through a metadata import. */
describe.each(DIALECTS)('metadata changes are for admins of a root scope on $name', (dialect) => {
  let t: TestApp;
  let province: TestClient;
  let district: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const value = { dataElement: 'SXHD_CASES', categoryOptionCombo: 'default', orgUnit: '608', period: '202311', value: '9' };
    await storeTrustedValues(t.database.db, [value], 'test', t.clock.now().toISOString());
    province = await signedIn(t, 'quantri', 'admin', '62');
    district = await signedIn(t, 'qt615', 'admin', '615');
    await addUser(t, 'tp608', 'reporter', '608');
  });
  afterAll(() => t.close());

  const exported = async () => (await province.request('GET', '/api/metadata/export')).body;
  const reparented = (body: string, change: Record<string, unknown>) => {
    const all = JSON.parse(body);
    all.orgUnits = all.orgUnits.map((u: { code: string }) => (u.code === '608' ? { ...u, ...change } : u));
    return all;
  };

  it('refuses the full export with 608 re-parented under 615 (403, Vietnamese), and changes nothing', async () => {
    const before = await exported();
    const res = await district.request('POST', '/api/metadata/import', reparented(before, { parent: '615', level: 3 }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(res.json().error.message).toContain('cấp tỉnh');
    expect(await exported()).toBe(before);
  });

  it("keeps 608's data and users out of the district admin's reach afterwards", async () => {
    expect((await district.request('GET', '/api/data-values?orgUnit=608&period=202311')).statusCode).toBe(403);
    const users = (await district.request('GET', '/api/users')).json().users.map((u: { username: string }) => u.username);
    expect(users).not.toContain('tp608');
    const id = (await t.database.db.selectFrom('app_user').select('id').where('username', '=', 'tp608').executeTakeFirstOrThrow()).id;
    expect((await district.request('PATCH', `/api/users/${id}`, { password: 'mat-khau-chiem-quyen' })).statusCode).toBe(404);
    expect((await district.request('POST', `/api/users/${id}/unlock`)).statusCode).toBe(404);
  });

  it('refuses a rename of 608, and any other metadata change, from the district admin', async () => {
    const before = await exported();
    const renamed = await district.request('POST', '/api/metadata/import', reparented(before, { name: 'Chiếm quyền' }));
    expect(renamed.statusCode).toBe(403);
    const element = { code: 'X_NEW', name: 'Mới', valueType: 'INTEGER_ZERO_OR_POSITIVE', aggregationType: 'SUM', categoryCombo: 'default' };
    const added = await district.request('POST', '/api/metadata/import', { dataElements: [element] });
    expect(added.statusCode).toBe(403);
    expect(await exported()).toBe(before);
  });

  it('lets the province admin rename 608', async () => {
    const res = await province.request('POST', '/api/metadata/import', reparented(await exported(), { name: 'TP Kon Tum' }));
    expect(res.statusCode).toBe(200);
    expect(await exported()).toContain('"TP Kon Tum"');
  });
});
