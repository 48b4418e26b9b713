import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { addUser, signedIn, startTestApp, TEST_PASSWORD, TestClient, type TestApp } from '../../test/harness.ts';
import { createUserRow, ensureFirstAdmin } from '../install/install.service.ts';

describe.each(DIALECTS)('password rules and changing one’s own password on $name', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await signedIn(t, 'quantri', 'admin', '62');
  });
  afterAll(() => t.close());

  const refused: Array<[string, string]> = [
    ['Ngan-9chu', 'Mật khẩu phải có ít nhất 10 ký tự.'],
    ['             ', 'Mật khẩu không được chỉ gồm khoảng trắng.'],
    ['NguoiMoi-2024', 'Mật khẩu không được chứa tên đăng nhập.'],
    ['Password1234', 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.'],
  ];

  it.each(refused)('refuses %j when an administrator creates or resets a user, naming the field', async (password, message) => {
    const body = { username: 'nguoimoi', displayName: 'Người mới', password, role: 'reporter', orgUnitCode: '611' };
    const created = await admin.request('POST', '/api/users', body);
    expect(created.statusCode).toBe(400);
    expect(created.json().error.details).toContainEqual({ field: 'password', message });
    const row = await t.database.db.selectFrom('app_user').select('id').where('username', '=', 'nguoimoi').executeTakeFirst();
    expect(row).toBeUndefined();

    const target = await t.database.db.selectFrom('app_user').select('id').where('username', '=', 'quantri').executeTakeFirstOrThrow();
    const reset = await admin.request('PATCH', `/api/users/${target.id}`, { password: password.replace('NguoiMoi', 'QuanTri') });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().error.details[0].field).toBe('password');
  });

  it('applies the rules to users made at installation and from the command line', async () => {
    await expect(ensureFirstAdmin({ db: t.database.db, clock: t.clock }, 'quantri2', 'Ngan-9chu')).rejects.toThrow(
      'Mật khẩu phải có ít nhất 10 ký tự.',
    );
    await expect(ensureFirstAdmin({ db: t.database.db, clock: t.clock }, 'quantri2', 'qwertyuiop')).rejects.toThrow(/quá phổ biến/);
    const seed = { username: 'kontum', displayName: 'Kon Tum', role: 'reporter' as const, orgUnitCode: '608' };
    await expect(createUserRow({ db: t.database.db, clock: t.clock }, seed, 'kontum-2024-x')).rejects.toThrow(/tên đăng nhập/);
    const rows = await t.database.db.selectFrom('app_user').select('username').where('username', 'in', ['quantri2', 'kontum']).execute();
    expect(rows).toEqual([]);
  });

  it('lets a user change their own password with the current one, ending their other sessions only', async () => {
    await addUser(t, 'thanhvien', 'staff', '62');
    const here = await new TestClient(t.app).init();
    await here.login('thanhvien');
    const elsewhere = await new TestClient(t.app).init();
    await elsewhere.login('thanhvien');

    const res = await here.request('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Mới-Hơn-2024!' });
    expect(res.statusCode).toBe(204);
    expect((await here.request('GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/auth/session')).statusCode).toBe(401);
    const fresh = await new TestClient(t.app).init();
    expect((await fresh.login('thanhvien', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await fresh.login('thanhvien', 'Mới-Hơn-2024!')).statusCode).toBe(200);
  });

  it('changes nothing when the current password is wrong or the new one breaks a rule', async () => {
    await addUser(t, 'canthan', 'staff', '62');
    const client = await new TestClient(t.app).init();
    await client.login('canthan');
    const other = await new TestClient(t.app).init();
    await other.login('canthan');

    const wrong = await client.request('POST', '/api/auth/password', { currentPassword: 'doan-bua-thoi', newPassword: 'Mới-Hơn-2024!' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([{ field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }]);
    const weak = await client.request('POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'canthan-123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details).toEqual([{ field: 'newPassword', message: 'Mật khẩu không được chứa tên đăng nhập.' }]);

    expect((await other.request('GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await (await new TestClient(t.app).init()).login('canthan')).statusCode).toBe(200);
  });
});
