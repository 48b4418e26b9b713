import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

const DAY = 86_400_000;

/** Issue 15: each user manages their own personal access tokens, within explicit bounds. */
describe.each(DIALECTS)('personal access tokens on $name', (dialect) => {
  let t: TestApp;
  let client: TestClient;
  beforeEach(async () => {
    t = await startTestApp(dialect);
    client = await signedIn(t, 'canbo', 'staff', '62');
  });
  afterEach(() => t.close());

  const inDays = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
  const create = (body: object, c = client) => c.request('POST', '/api/me/api-tokens', body);
  const count = async () => (await t.database.db.selectFrom('api_token').selectAll().execute()).length;

  it('shows the token once, stores only its SHA-256, and lists it without the token', async () => {
    const res = await create({ name: '  Đồng bộ DHIS2 ', expiresAt: inDays(90), allowedAddresses: ['10.0.0.0/8', '::ffff:127.0.0.1'] });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: 'Đồng bộ DHIS2', status: 'active', allowedAddresses: ['10.0.0.0/8', '127.0.0.1'], lastUsedAt: null });
    const row = await t.database.db.selectFrom('api_token').selectAll().executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const list = (await client.request('GET', '/api/me/api-tokens')).json().tokens;
    expect(list).toHaveLength(1);
    expect(list[0]).not.toHaveProperty('token');
    expect(list[0]).toMatchObject({ id: created.id, expiresAt: inDays(90), allowedAddresses: ['10.0.0.0/8', '127.0.0.1'] });
  });

  it('refuses bad input naming the field, and creates nothing', async () => {
    const cases: [object, string][] = [
      [{ name: '', expiresAt: inDays(1) }, 'name'],
      [{ name: 'x'.repeat(101), expiresAt: inDays(1) }, 'name'],
      [{ name: 'x', expiresAt: 'ngày mai' }, 'expiresAt'],
      [{ name: 'x', expiresAt: inDays(-1) }, 'expiresAt'],
      [{ name: 'x', expiresAt: inDays(366) }, 'expiresAt'],
      [{ name: 'x', expiresAt: inDays(1), allowedAddresses: ['10.0.0.999'] }, 'allowedAddresses.0'],
      [{ name: 'x', expiresAt: inDays(1), allowedAddresses: Array.from({ length: 21 }, (_, i) => `10.0.0.${i}`) }, 'allowedAddresses'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const details: { field: string; message: string }[] = res.json().error.details;
      expect(details.map((d) => d.field), JSON.stringify(body)).toContain(field);
    }
    const far = await create({ name: 'x', expiresAt: inDays(366) });
    expect(far.json().error.message).toBe('Ngày hết hạn (expiresAt) không được quá 365 ngày kể từ hôm nay.');
    const address = await create({ name: 'x', expiresAt: inDays(1), allowedAddresses: ['may-chu'] });
    expect(address.json().error.details[0].message).toContain('Địa chỉ "may-chu" không hợp lệ');
    expect(await count()).toBe(0);
    expect((await create({ name: 'x', expiresAt: inDays(365) })).statusCode).toBe(201);
  });

  it('holds at most 20 live tokens per user; a revoked one frees a place', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push((await create({ name: `m${i}`, expiresAt: inDays(10) })).json().id);
    const over = await create({ name: 'thừa', expiresAt: inDays(10) });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('TOO_MANY_TOKENS');
    expect(await count()).toBe(20);
    expect((await client.request('DELETE', `/api/me/api-tokens/${ids[0]}`)).statusCode).toBe(204);
    expect((await create({ name: 'mới', expiresAt: inDays(10) })).statusCode).toBe(201);
  });

  it("lets a user see and revoke only their own tokens", async () => {
    const mine = (await create({ name: 'của tôi', expiresAt: inDays(10) })).json();
    const other = await signedIn(t, 'nguoikhac', 'reporter', '615');
    expect((await other.request('GET', '/api/me/api-tokens')).json().tokens).toEqual([]);
    const res = await other.request('DELETE', `/api/me/api-tokens/${mine.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe(`Không tìm thấy mã truy cập số ${mine.id} của bạn.`);
    const still = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `ApiToken ${mine.token}` } });
    expect(still.statusCode).toBe(200);
    expect((await client.request('DELETE', `/api/me/api-tokens/${mine.id}`)).statusCode).toBe(204);
    const listed = (await client.request('GET', '/api/me/api-tokens')).json().tokens;
    expect(listed[0]).toMatchObject({ status: 'revoked', revokedAt: t.clock.now().toISOString() });
  });
});
