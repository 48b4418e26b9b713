import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { addUser, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

// Each test has an app of its own: sign-in is rate-limited per app, and these tests send many attempts.
describe.each(DIALECTS)('sign-in lockout and answers on $name', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(dialect);
    await addUser(t, 'giamdoc', 'leader', '62');
  });
  afterEach(() => t.close());

  it('refuses the right password sent last among 25 simultaneous attempts, 24 of them wrong', async () => {
    const client = await new TestClient(t.app).init();
    const attempts = Array.from({ length: 25 }, (_, i) => (i === 24 ? undefined : `sai-mat-khau-${i}`));
    const answers = await Promise.all(attempts.map((password) => client.login('giamdoc', password)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses[24]).toBe(423);
    expect(answers[24]!.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(statuses.filter((s) => s === 200)).toEqual([]);
    // The lock holds afterwards too.
    expect((await client.login('giamdoc')).statusCode).toBe(423);
  });

  it('answers a wrong password and an unknown name alike, attempt after attempt, locking both after five', async () => {
    const client = await new TestClient(t.app).init();
    for (let i = 1; i <= 6; i++) {
      const existing = await client.login('giamdoc', 'sai-mat-khau');
      const unknown = await client.login('khongtontai', 'sai-mat-khau');
      expect(unknown.statusCode).toBe(existing.statusCode);
      expect(unknown.json()).toEqual(existing.json());
      expect(existing.statusCode).toBe(i < 5 ? 401 : 423);
    }
  });

  it('counts a name in any case as the same name', async () => {
    const client = await new TestClient(t.app).init();
    for (const name of ['GiamDoc', 'GIAMDOC', ' giamdoc', 'giamDOC', 'giamdoc']) await client.login(name, 'sai-mat-khau');
    expect((await client.login('giamdoc')).statusCode).toBe(423);
  });

  it('keeps no attempt or lock of any name once it no longer counts', async () => {
    const client = await new TestClient(t.app).init();
    for (let i = 0; i < 5; i++) await client.login(`ten-bia-${i}`, 'sai-mat-khau');
    for (let i = 0; i < 5; i++) await client.login('ten-bia-khoa', 'sai-mat-khau');
    const db = t.database.db;
    expect(await db.selectFrom('login_attempt').select('id').execute()).toHaveLength(10);
    expect(await db.selectFrom('login_lock').select('login_key').execute()).toHaveLength(1);
    t.clock.advanceMinutes(16);
    await client.login('giamdoc');
    expect(await db.selectFrom('login_attempt').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('login_lock').select('login_key').execute()).toEqual([]);
  });

  it('renews the CSRF token at sign-in: the token from before no longer passes', async () => {
    const client = await new TestClient(t.app).init();
    const before = client.csrfToken;
    const res = await client.request('POST', '/api/auth/login', { username: 'giamdoc', password: 'mat-khau-thu-1' });
    expect(res.statusCode).toBe(200);
    const fresh = res.json().csrfToken;
    expect(fresh).toEqual(expect.any(String));
    expect(fresh).not.toBe(before);
    expect(res.cookies.some((c) => c.name === '_csrf')).toBe(true);

    client.csrfToken = before;
    expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(403);
    client.csrfToken = fresh;
    expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
  });
});
