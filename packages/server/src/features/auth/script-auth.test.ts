import { generate } from 'otplib';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { addUser, signedIn, startTestApp, TEST_PASSWORD, TestClient, type TestApp } from '../../test/harness.ts';

const DAY = 86_400_000;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Issue 15: scripts authenticate with HTTP Basic or a personal access token, without cookies or CSRF token. */
describe.each(DIALECTS)('script authentication (Basic, ApiToken) on $name', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(dialect);
  });
  afterEach(() => t.close());

  /** A request as a script sends it: no cookie, no CSRF token, only the Authorization header. */
  const script = (method: string, url: string, authorization: string, options: { payload?: object; remoteAddress?: string } = {}) =>
    t.app.inject({ method: method as 'GET', url, headers: { authorization }, ...options });

  async function tokenOf(client: TestClient, extra: object = {}): Promise<{ id: number; token: string }> {
    const expiresAt = new Date(t.clock.now().getTime() + 30 * DAY).toISOString();
    const res = await client.request('POST', '/api/me/api-tokens', { name: 'Đồng bộ DHIS2', expiresAt, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const codeOf = (res: LightMyRequestResponse) => (res.json() as { error: { code: string } }).error.code;

  it('keeps the CSRF check for cookie sessions', async () => {
    const client = await signedIn(t, 'canbo', 'staff', '62');
    const expiresAt = new Date(t.clock.now().getTime() + DAY).toISOString();
    const res = await client.request('POST', '/api/me/api-tokens', { name: 'x', expiresAt }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(codeOf(res)).toBe('CSRF_INVALID');
    expect(await t.database.db.selectFrom('api_token').selectAll().execute()).toEqual([]);
  });

  it('accepts a token without cookie or CSRF token, as its owner, and notes when it was used', async () => {
    const client = await signedIn(t, 'canbo', 'staff', '62');
    const { token, id } = await tokenOf(client);
    expect(token).toMatch(/^d2pat_[A-Za-z0-9]{40}$/);
    const session = await script('GET', '/api/auth/session', `ApiToken ${token}`);
    expect(session.statusCode).toBe(200);
    expect(session.json().user.username).toBe('canbo');
    const expiresAt = new Date(t.clock.now().getTime() + DAY).toISOString();
    const write = await script('POST', '/api/me/api-tokens', `ApiToken ${token}`, { payload: { name: 'Mã thứ hai', expiresAt } });
    expect(write.statusCode, write.body).toBe(201);
    const row = await t.database.db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.last_used_at).toBe(t.clock.now().toISOString());
  });

  it('refuses an unknown, expired or revoked token with 401 and a Vietnamese message, whatever cookie comes along', async () => {
    await addUser(t, 'canbo', 'staff', '62');
    const client = await new TestClient(t.app).init();
    const signIn = await client.login('canbo');
    const unknown = await script('GET', '/api/auth/session', 'ApiToken d2pat_khongcoMaNayTrongCoSoDuLieuDau12345678');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error).toMatchObject({ code: 'API_TOKEN_INVALID', message: 'Mã truy cập API không hợp lệ.' });

    // A live session cookie does not rescue a bad token: the header alone decides.
    const cookie = `syt_session=${signIn.cookies.find((c) => c.name === 'syt_session')!.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).statusCode).toBe(200);
    const mixed = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie, authorization: 'ApiToken d2pat_sai' } });
    expect(mixed.statusCode).toBe(401);

    const revoked = await tokenOf(client);
    expect((await client.request('DELETE', `/api/me/api-tokens/${revoked.id}`)).statusCode).toBe(204);
    const afterRevoke = await script('GET', '/api/auth/session', `ApiToken ${revoked.token}`);
    expect(afterRevoke.statusCode).toBe(401);
    expect(afterRevoke.json().error).toMatchObject({ code: 'API_TOKEN_REVOKED', message: 'Mã truy cập API đã bị thu hồi.' });

    const expiring = await tokenOf(client);
    t.clock.advance(30 * DAY);
    const expired = await script('GET', '/api/auth/session', `ApiToken ${expiring.token}`);
    expect(expired.statusCode).toBe(401);
    expect(codeOf(expired)).toBe('API_TOKEN_EXPIRED');
    expect(expired.json().error.message).toContain('đã hết hạn');
  });

  it('accepts a token only from its allowed addresses', async () => {
    const client = await signedIn(t, 'canbo', 'staff', '62');
    const { token } = await tokenOf(client, { allowedAddresses: ['10.1.2.0/24', '192.168.5.9'] });
    for (const [address, status] of [['10.1.2.77', 200], ['192.168.5.9', 200], ['127.0.0.1', 401], ['10.1.3.1', 401]] as const) {
      const res = await script('GET', '/api/auth/session', `ApiToken ${token}`, { remoteAddress: address });
      expect(res.statusCode, address).toBe(status);
      if (status === 401) expect(res.json().error.message).toBe(`Mã truy cập API không được phép dùng từ địa chỉ ${address}.`);
    }
  });

  it('accepts Basic with the right password, without CSRF token', async () => {
    await addUser(t, 'canbo', 'staff', '62');
    const session = await script('GET', '/api/auth/session', basic('canbo', TEST_PASSWORD));
    expect(session.statusCode).toBe(200);
    expect(session.json().user.username).toBe('canbo');
    const expiresAt = new Date(t.clock.now().getTime() + DAY).toISOString();
    const write = await script('POST', '/api/me/api-tokens', basic('canbo', TEST_PASSWORD), { payload: { name: 'x', expiresAt } });
    expect(write.statusCode).toBe(201);
    const malformed = await script('GET', '/api/auth/session', 'Basic không-phải-base64');
    expect(malformed.statusCode).toBe(401);
    expect(malformed.json().error.message).toContain('Authorization');
  });

  it('counts a wrong Basic password toward the sign-in lockout', async () => {
    await addUser(t, 'canbo', 'staff', '62');
    for (let i = 1; i <= 4; i++) {
      const res = await script('GET', '/api/auth/session', basic('canbo', 'sai-mat-khau'));
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toContain(`Còn ${5 - i} lần thử`);
    }
    expect((await script('GET', '/api/auth/session', basic('canbo', 'sai-mat-khau'))).statusCode).toBe(423);
    // Locked for the browser too, and for Basic with the right password.
    expect((await new TestClient(t.app).init().then((c) => c.login('canbo'))).statusCode).toBe(423);
    expect((await script('GET', '/api/auth/session', basic('canbo', TEST_PASSWORD))).statusCode).toBe(423);
  });

  it('refuses Basic to a user with a second factor, telling them to use a token, once the password is right', async () => {
    const client = await signedIn(t, 'giamdoc', 'leader', '62');
    const { secret } = (await client.request('POST', '/api/auth/totp/setup')).json();
    const code = await generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    expect((await client.request('POST', '/api/auth/totp/enable', { code })).statusCode).toBe(200);

    const wrong = await script('GET', '/api/auth/session', basic('giamdoc', 'sai-mat-khau'));
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    const refused = await script('GET', '/api/auth/session', basic('giamdoc', TEST_PASSWORD));
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toMatchObject({ code: 'SECOND_FACTOR_USE_TOKEN' });
    expect(refused.json().error.message).toContain('ApiToken');
    // The token route stays open to them.
    const { token } = await tokenOf(client);
    expect((await script('GET', '/api/auth/session', `ApiToken ${token}`)).statusCode).toBe(200);
  });

  it('refuses a token of a deactivated user', async () => {
    const client = await signedIn(t, 'canbo', 'staff', '62');
    const { token } = await tokenOf(client);
    await t.database.db.updateTable('app_user').set({ active: 0 }).where('username', '=', 'canbo').execute();
    const res = await script('GET', '/api/auth/session', `ApiToken ${token}`);
    expect(res.statusCode).toBe(403);
    expect(codeOf(res)).toBe('ACCOUNT_DISABLED');
  });
});
