import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { addUser, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('sign-in and sessions on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await addUser(t, 'canbo', 'staff', '62');
    await addUser(t, 'khoa', 'staff', '62');
  });
  afterAll(() => t.close());

  it('signs in with the right password and reads the session; the cookie is HttpOnly and SameSite', async () => {
    const client = await new TestClient(t.app).init();
    const res = await client.login('canbo');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ username: 'canbo', role: 'staff', orgUnit: { code: '62' } });
    const cookie = res.cookies.find((c) => c.name === 'syt_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const session = await client.request('GET', '/api/auth/session');
    expect(session.json().user.username).toBe('canbo');
    expect(session.body).not.toContain('argon2');
  });

  it("gives the server's clock with the session, so the web's today is the server's (SYT_NOW)", async () => {
    const client = await new TestClient(t.app).init();
    expect((await client.login('canbo')).json().now).toBe(t.clock.now().toISOString());
    expect((await client.request('GET', '/api/auth/session')).json().now).toBe(t.clock.now().toISOString());
  });

  it('stores argon2id hashes, never the password', async () => {
    const row = await t.database.db.selectFrom('app_user').select('password_hash').where('username', '=', 'canbo').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers 401 without a session and after sign-out', async () => {
    const anonymous = await new TestClient(t.app).init();
    const res = await anonymous.request('GET', '/api/org-units');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');

    const client = await new TestClient(t.app).init();
    await client.login('canbo');
    expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/org-units')).statusCode).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token with 403, and changes nothing', async () => {
    const client = await new TestClient(t.app).init();
    const noToken = await client.request('POST', '/api/auth/login', { username: 'canbo', password: 'mat-khau-thu-1' }, { csrf: false });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_INVALID');
    expect(noToken.cookies.find((c) => c.name === 'syt_session')).toBeUndefined();

    await client.login('canbo');
    const forged = await client.request('POST', '/api/auth/logout', undefined, { csrf: false });
    expect(forged.statusCode).toBe(403);
    expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(200);
  });

  it('a token from another browser does not pass', async () => {
    const other = await new TestClient(t.app).init();
    const client = await new TestClient(t.app).init();
    client.csrfToken = other.csrfToken;
    const res = await client.login('canbo');
    expect(res.statusCode).toBe(403);
  });

  it('rejects a wrong password with a Vietnamese message', async () => {
    const client = await new TestClient(t.app).init();
    const res = await client.login('canbo', 'sai-mat-khau');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(res.json().error.message).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await t.database.db.deleteFrom('login_attempt').execute();
  });

  it('locks after five wrong passwords within 15 minutes, for 15 minutes (controlled clock)', async () => {
    const client = await new TestClient(t.app).init();
    for (let i = 1; i <= 4; i++) {
      const res = await client.login('khoa', 'sai');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toContain(`Còn ${5 - i} lần thử`);
      t.clock.advanceMinutes(2);
    }
    const fifth = await client.login('khoa', 'sai');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(fifth.json().error.message).toBe(
      'Tài khoản đã bị tạm khóa do đăng nhập sai 5 lần liên tiếp. Vui lòng thử lại sau 15 phút.',
    );
    // Even the right password is refused while locked.
    t.clock.advanceMinutes(14);
    const stillLocked = await client.login('khoa');
    expect(stillLocked.statusCode).toBe(423);
    expect(stillLocked.json().error.message).toContain('thử lại sau 1 phút');
    t.clock.advanceMinutes(1);
    const reopened = await client.login('khoa');
    expect(reopened.statusCode).toBe(200);
  });

  it('does not lock when the failures are spread over more than 15 minutes', async () => {
    await addUser(t, 'chamchap', 'viewer', '62');
    const client = await new TestClient(t.app).init();
    for (let i = 0; i < 6; i++) {
      expect((await client.login('chamchap', 'sai')).statusCode).toBe(401);
      t.clock.advanceMinutes(4);
    }
    expect((await client.login('chamchap')).statusCode).toBe(200);
  });

  it('expires sessions after the configured hours', async () => {
    const client = await new TestClient(t.app).init();
    await client.login('canbo');
    t.clock.advanceMinutes(12 * 60 + 1);
    expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(401);
  });
});
