import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';

describe.each(DIALECTS)('org-unit scopes on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  let department: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await storeTrustedValues(
      t.database.db,
      [
        { dataElement: 'SXHD_CASES', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: '4' },
        { dataElement: 'SXHD_CASES', categoryOptionCombo: 'default', orgUnit: '612', period: '202311', value: '12' },
        { dataElement: 'LAO_CASES', categoryOptionCombo: 'AFB_POS', orgUnit: '612', period: '202311', value: '3' },
      ],
      'test',
      t.clock.now().toISOString(),
    );
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
    department = await signedIn(t, 'canbo', 'staff', '62');
  });
  afterAll(() => t.close());

  const values = (client: TestClient, orgUnit: string) =>
    client.request('GET', `/api/data-values?orgUnit=${orgUnit}&period=202311`);

  it('lets a Đăk Hà reporter read Đăk Hà', async () => {
    const res = await values(dakHa, '615');
    expect(res.statusCode).toBe(200);
    expect(res.json().dataValues).toEqual([
      { dataElement: 'SXHD_CASES', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: '4' },
    ]);
  });

  it('answers 403 when the Đăk Hà reporter asks for another district, and for the province', async () => {
    for (const other of ['612', '62']) {
      const res = await values(dakHa, other);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(res.json().error.message).toContain('ngoài phạm vi');
      expect(res.body).not.toContain('"12"');
    }
  });

  it('lets a department officer read every district', async () => {
    const res = await values(department, '612');
    expect(res.statusCode).toBe(200);
    expect(res.json().dataValues.map((v: { value: string }) => v.value).sort()).toEqual(['12', '3']);
  });

  it('keeps user administration to admins', async () => {
    expect((await department.request('GET', '/api/users')).statusCode).toBe(403);
    expect((await dakHa.request('POST', '/api/users', { username: 'x' })).statusCode).toBe(403);
    expect((await department.request('GET', '/api/metadata/export')).statusCode).toBe(403);
  });

  it('answers 401 to every private route without a session', async () => {
    const anonymous = await new TestClient(t.app).init();
    for (const url of ['/api/data-values?orgUnit=615&period=202311', '/api/users', '/api/metadata/diseases', '/api/org-units', '/api/auth/session']) {
      expect((await anonymous.request('GET', url)).statusCode, url).toBe(401);
    }
    expect((await anonymous.request('POST', '/api/users', {})).statusCode).toBe(401);
  });
});
