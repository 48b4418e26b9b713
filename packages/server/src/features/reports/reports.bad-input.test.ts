import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** Every report endpoint fed a bad request: 400 in Vietnamese naming the field, and the stored reports unchanged. */
describe.each(DIALECTS)('report bad input on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let id: number;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    staff = await signedIn(t, 'chuyenvien', 'staff', '62');
    id = (await staff.request('POST', '/api/reports/instances', { org: '62', period: '202311' })).json().id;
  });
  afterAll(() => t.close());

  const cases: Array<[method: string, url: () => string, body: unknown, field: string]> = [
    ['GET', () => '/api/reports/monthly?org=62&period=2023-11', undefined, 'period'],
    ['GET', () => '/api/reports/monthly?org=62&period=202313', undefined, 'period'],
    ['GET', () => '/api/reports/monthly?org=62&period=2023Q4', undefined, 'period'],
    ['GET', () => '/api/reports/monthly?org=999&period=202311', undefined, 'org'],
    ['GET', () => '/api/reports/monthly?org=62&period=202311&format=exe', undefined, 'format'],
    ['GET', () => '/api/reports/instances?period=202313', undefined, 'period'],
    ['POST', () => '/api/reports/instances', { org: '62', period: '2023-11' }, 'period'],
    ['POST', () => '/api/reports/instances', { org: '62' }, 'period'],
    ['POST', () => '/api/reports/instances', { org: 62, period: '202310' }, 'org'],
    ['POST', () => '/api/reports/instances', { org: 'KHONG_CO', period: '202310' }, 'org'],
    ['GET', () => '/api/reports/instances/abc', undefined, 'id'],
    ['PUT', () => `/api/reports/instances/${id}`, { baseVersion: 1, freeText: { 'khong-co': 'x' } }, 'freeText.khong-co'],
    ['PUT', () => `/api/reports/instances/${id}`, { baseVersion: 'mot', freeText: { ncd: 'x' } }, 'baseVersion'],
    ['PUT', () => `/api/reports/instances/${id}`, { baseVersion: 1, plan: 'một việc' }, 'plan'],
    ['PUT', () => `/api/reports/instances/${id}`, { baseVersion: 1, header: { date: '2023-13-01' } }, 'header.date'],
    ['PUT', () => `/api/reports/instances/${id}`, { baseVersion: 1, header: { nguoiKy: 'X' } }, 'header'],
    ['POST', () => `/api/reports/instances/${id}/regenerate`, {}, 'baseVersion'],
    ['POST', () => `/api/reports/instances/${id}/status`, { baseVersion: 1, status: 'approved' }, 'status'],
    ['POST', () => `/api/reports/instances/${id}/status`, { baseVersion: 1, status: 'submitted', number: `${'1'.repeat(48)}/BC` }, 'number'],
    ['GET', () => '/api/reports/instances?status=approved', undefined, 'status'],
    ['GET', () => `/api/reports/instances/${id}/compare?from=x&to=1`, undefined, 'from'],
    ['GET', () => `/api/reports/instances/${id}/download?format=exe`, undefined, 'format'],
    ['PUT', () => '/api/reports/settings?org=62', { date: 5 }, 'date'],
    ['PUT', () => '/api/reports/settings?org=999', { signerName: 'A' }, 'org'],
    ['PUT', () => '/api/reports/settings?org=62', { citeTargets: 'có' }, 'citeTargets'],
  ];

  it.each(cases)('%s %s → 400 naming %s', async (method, url, body, field) => {
    const before = await stored(t);
    const res = await staff.request(method, url(), body);
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toMatch(/^[A-Z_]+$/);
    expect(error.message).toMatch(/[àáảãạăâđêôơưệếốộờửữ]/u);
    expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await stored(t)).toEqual(before);
  });

  it('answers 404 for a report or version that does not exist', async () => {
    expect((await staff.request('GET', '/api/reports/instances/9999')).json().error.code).toBe('NOT_FOUND');
    expect((await staff.request('GET', `/api/reports/instances/${id}/compare?from=1&to=5`)).statusCode).toBe(404);
  });
});

/** Everything the report tables hold. */
async function stored(t: TestApp) {
  const db = t.database.db;
  return {
    instances: await db.selectFrom('report_instance').selectAll().orderBy('id').execute(),
    versions: await db.selectFrom('report_version').selectAll().orderBy('instance_id').orderBy('version').execute(),
    settings: await db.selectFrom('report_setting').selectAll().execute(),
  };
}
