import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { addUser, signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** Issue 9.1: a district admin manages the users inside their own subtree and nothing else. */
describe.each(DIALECTS)('user administration within a district on $name', (dialect) => {
  let t: TestApp;
  let district: TestClient;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await startTestApp(dialect);
    district = await signedIn(t, 'qt615', 'admin', '615');
    await addUser(t, 'quantri', 'admin', '62');
    await addUser(t, 'dakha', 'reporter', '615');
    await addUser(t, 'tp608', 'reporter', '608');
    for (const u of await t.database.db.selectFrom('app_user').select(['id', 'username']).execute()) ids[u.username] = Number(u.id);
  });
  afterAll(() => t.close());

  const row = (username: string) =>
    t.database.db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  const newUser = (username: string, orgUnitCode: string) =>
    ({ username, displayName: username, password: 'mat-khau-moi-1', role: 'reporter', orgUnitCode });

  it('lists only the users of the subtree', async () => {
    const names = (await district.request('GET', '/api/users')).json().users.map((u: { username: string }) => u.username);
    expect(names.sort()).toEqual(['dakha', 'qt615']);
  });

  it('creates users in the district, and refuses a neighbour or a scope above its own', async () => {
    expect((await district.request('POST', '/api/users', newUser('moi615', '615'))).statusCode).toBe(201);
    for (const unit of ['608', '62', '51']) {
      const res = await district.request('POST', '/api/users', newUser(`moi${unit}`, unit));
      expect(res.statusCode, unit).toBe(403);
      expect(res.json().error.message).toContain('ngoài phạm vi');
    }
  });

  it('answers a user outside the subtree exactly as a missing one, for edits and unlocks', async () => {
    for (const [method, suffix, body] of [['PATCH', '', { displayName: 'Đổi' }], ['POST', '/unlock', undefined]] as const) {
      const missing = await district.request(method, `/api/users/987654${suffix}`, body);
      expect(missing.statusCode).toBe(404);
      for (const outsider of ['tp608', 'quantri']) {
        const res = await district.request(method, `/api/users/${ids[outsider]}${suffix}`, body);
        expect(res.statusCode, outsider).toBe(404);
        expect(res.body.replace(String(ids[outsider]), '#')).toBe(missing.body.replace('987654', '#'));
      }
    }
    expect((await row('tp608')).display_name).toBe('tp608');
  });

  it('refuses to move a user out of the subtree, into it from outside, or above it', async () => {
    const out = await district.request('PATCH', `/api/users/${ids.dakha}`, { orgUnitCode: '608' });
    expect(out.statusCode).toBe(403);
    const up = await district.request('PATCH', `/api/users/${ids.dakha}`, { orgUnitCode: '62' });
    expect(up.statusCode).toBe(403);
    const into = await district.request('PATCH', `/api/users/${ids.tp608}`, { orgUnitCode: '615' });
    expect(into.statusCode).toBe(404);
    expect((await row('dakha')).org_unit_id).not.toBe((await row('tp608')).org_unit_id);
    const unit608 = (await row('tp608')).org_unit_id;
    expect((await row('quantri')).org_unit_id).not.toBe(unit608);
  });

  it('still edits a user of the district', async () => {
    const res = await district.request('PATCH', `/api/users/${ids.dakha}`, { displayName: 'TTYT Đăk Hà' });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.displayName).toBe('TTYT Đăk Hà');
  });
});
