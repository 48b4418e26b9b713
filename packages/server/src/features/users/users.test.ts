import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('user administration on $name', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await signedIn(t, 'quantri', 'admin', '62');
  });
  afterAll(() => t.close());

  const userCount = async () => (await t.database.db.selectFrom('app_user').select('id').execute()).length;

  it('creates a reporter scoped to a district, who can then sign in', async () => {
    const res = await admin.request('POST', '/api/users', {
      username: 'ngochoi',
      displayName: 'TTYT Ngọc Hồi',
      password: 'mat-khau-moi',
      role: 'reporter',
      orgUnitCode: '611',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({
      username: 'ngochoi',
      role: 'reporter',
      orgUnit: { code: '611', name: 'Ngọc Hồi' },
      active: true,
    });
    const client = await new TestClient(t.app).init();
    expect((await client.login('ngochoi', 'mat-khau-moi')).statusCode).toBe(200);
    const list = await admin.request('GET', '/api/users');
    expect(list.json().users.map((u: { username: string }) => u.username)).toContain('ngochoi');
  });

  it('answers 400 naming the field, and writes nothing, for bad input', async () => {
    const before = await userCount();
    const cases: Array<[unknown, string]> = [
      [
        { username: 'ab', displayName: 'X', password: 'mat-khau-moi', role: 'reporter', orgUnitCode: '611' },
        'username',
      ],
      [{ username: 'hople', displayName: 'X', password: 'ngan', role: 'reporter', orgUnitCode: '611' }, 'password'],
      [{ username: 'hople', displayName: 'X', password: 'mat-khau-moi', role: 'boss', orgUnitCode: '611' }, 'role'],
      [
        { username: 'hople', displayName: 'X', password: 'mat-khau-moi', role: 'reporter', orgUnitCode: '999' },
        'orgUnitCode',
      ],
      [
        { username: 'hople', displayName: 42, password: 'mat-khau-moi', role: 'reporter', orgUnitCode: '611' },
        'displayName',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await admin.request('POST', '/api/users', body);
      expect(res.statusCode, field).toBe(400);
      const error = res.json().error;
      expect(Object.keys(error).sort()).toEqual(['code', 'details', 'message']);
      expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(error.message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụóòỏõọéèẻẽẹýỳỷỹỵ]/i);
    }
    expect(await userCount()).toBe(before);
  });

  it('keeps an e-mail address for notifications, clears it when emptied, and refuses a malformed one', async () => {
    const created = await admin.request('POST', '/api/users', {
      username: 'kontumcity',
      displayName: 'TTYT TP Kon Tum',
      email: 'TTYT.KonTum@Example.vn',
      password: 'mat-khau-moi',
      role: 'reporter',
      orgUnitCode: '608',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json().user;
    expect(user.email).toBe('ttyt.kontum@example.vn');
    const bad = await admin.request('PATCH', `/api/users/${user.id}`, { email: 'khong-phai-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      expect.objectContaining({ field: 'email', message: expect.stringContaining('e-mail') }),
    ]);
    const cleared = await admin.request('PATCH', `/api/users/${user.id}`, { email: '' });
    expect(cleared.json().user.email).toBeNull();
  });

  it('answers 400 for a malformed JSON body, naming the body', async () => {
    const res = await admin.request('POST', '/api/users', '{"username": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body' }] });
  });

  it('refuses a duplicate username with 409 on the field', async () => {
    const res = await admin.request('POST', '/api/users', {
      username: 'quantri',
      displayName: 'X',
      password: 'mat-khau-moi',
      role: 'viewer',
      orgUnitCode: '62',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].field).toBe('username');
  });

  it("resets a password (ending the user's sessions) and unlocks a locked account", async () => {
    const list = await admin.request('GET', '/api/users');
    const target = list.json().users.find((u: { username: string }) => u.username === 'ngochoi');
    const victim = await new TestClient(t.app).init();
    for (let i = 0; i < 5; i++) await victim.login('ngochoi', 'sai');
    const locked = (await admin.request('GET', '/api/users'))
      .json()
      .users.find((u: { id: number }) => u.id === target.id);
    expect(locked.lockedUntil).not.toBeNull();
    const unlocked = await admin.request('POST', `/api/users/${target.id}/unlock`);
    expect(unlocked.json().user.lockedUntil).toBeNull();
    const reset = await admin.request('PATCH', `/api/users/${target.id}`, { password: 'mat-khau-khac' });
    expect(reset.statusCode).toBe(200);
    expect((await victim.login('ngochoi', 'mat-khau-khac')).statusCode).toBe(200);
  });

  it('lets an admin allow a user to edit expired periods', async () => {
    const list = await admin.request('GET', '/api/users');
    const target = list.json().users.find((u: { username: string }) => u.username === 'ngochoi');
    expect(target.canEditExpired).toBe(false);
    const res = await admin.request('PATCH', `/api/users/${target.id}`, { canEditExpired: true });
    expect(res.json().user.canEditExpired).toBe(true);
  });

  it('does not let an admin demote or deactivate themself', async () => {
    const me = (await admin.request('GET', '/api/auth/session')).json().user;
    const res = await admin.request('PATCH', `/api/users/${me.id}`, { role: 'viewer' });
    expect(res.statusCode).toBe(403);
  });
});
