import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../test/harness.ts';

/** Every endpoint, fed a bad request: 400, `{ error: { code, message, details } }` naming the field, nothing written. */
describe.each(DIALECTS)('bad input on $name', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await signedIn(t, 'quantri', 'admin', '62');
  });
  afterAll(() => t.close());

  const cases: Array<[method: string, url: string, body: unknown, field: string]> = [
    ['POST', '/api/auth/login', { username: 'quantri' }, 'password'],
    ['POST', '/api/auth/login', { username: 42, password: 'x' }, 'username'],
    ['GET', '/api/org-units?date=2024-13-01', undefined, 'date'],
    ['GET', '/api/metadata/khong-co', undefined, 'kind'],
    ['GET', '/api/data-values?orgUnit=999&period=202311', undefined, 'orgUnit'],
    ['GET', '/api/data-values?orgUnit=615&period=2023-11', undefined, 'period'],
    ['GET', '/api/data-values?orgUnit=615&period=202313', undefined, 'period'],
    ['GET', '/api/data-values?orgUnit=615&period=202311&dataSet=KHONG_CO', undefined, 'dataSet'],
    ['GET', '/api/data-values?period=202311', undefined, 'orgUnit'],
    ['POST', '/api/users', { username: 'moi', displayName: 'Mới', password: 'mat-khau-moi', role: 'reporter' }, 'orgUnitCode'],
    ['PATCH', '/api/users/abc', { displayName: 'X' }, 'id'],
    ['PATCH', '/api/users/1', { active: 'yes' }, 'active'],
    ['POST', '/api/metadata/import', { dataElements: 'none' }, 'dataElements'],
  ];

  it.each(cases)('%s %s → 400 naming %s', async (method, url, body, field) => {
    const snapshot = await tables(t);
    const res = await admin.request(method, url, body);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toMatch(/^[A-Z_]+$/);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await tables(t)).toEqual(snapshot);
  });
});

/** Row counts of the tables a bad request could touch. */
async function tables(t: TestApp) {
  const count = async (table: 'app_user' | 'data_value' | 'data_element' | 'org_unit') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { users: await count('app_user'), values: await count('data_value'), elements: await count('data_element'), units: await count('org_unit') };
}
