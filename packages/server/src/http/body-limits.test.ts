import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { postMultipart } from '../features/tasks/tasks.fixture.ts';
import { DIALECTS } from '../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../test/harness.ts';

const KB = 1024;

/** The test installation with imports limited to 64 KB, so an oversized file stays small in memory. */
function startLimitedApp(dialect: (typeof DIALECTS)[number]): Promise<TestApp> {
  return startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'), { importMaxBytes: 64 * KB });
}

/** Every route has the body limit it needs: a few KB for sign-in, small JSON, files only where uploads go. */
describe.each(DIALECTS)('body limits on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let viewer: TestClient;
  let reporter: TestClient;
  beforeAll(async () => {
    t = await startLimitedApp(dialect);
    staff = await signedIn(t, 'canbo', 'staff', '62', { canEditExpired: true });
    viewer = await signedIn(t, 'xem', 'viewer', '62');
    reporter = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  it('refuses a 100 KB sign-in body with 413 and no session', async () => {
    const client = await new TestClient(t.app).init();
    const res = await client.request('POST', '/api/auth/login', { username: 'canbo', password: 'x'.repeat(100 * KB) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('quá lớn') });
    expect(res.cookies.find((c) => c.name === 'syt_session')).toBeUndefined();
  });

  it('refuses a 1 MB body on a JSON route with 413', async () => {
    const body = { dataElement: 'TCM_CASES', orgUnit: '615', period: '202311', value: '1', comment: 'x'.repeat(1024 * KB) };
    const res = await staff.request('PUT', '/api/data-values', body);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('keeps JSON bodies small on routes that also take a form', async () => {
    const body = { number: '1', date: '2024-01-10', type: 'CONG_VAN', issuer: 'Sở Y tế', subject: 'x'.repeat(1024 * KB) };
    const res = await staff.request('POST', '/api/directives', body);
    expect(res.statusCode).toBe(413);
  });

  it('refuses a multipart body sent where no route reads one, from its declared length', async () => {
    const res = await postMultipart(staff, '/api/tasks', { note: 'x'.repeat(60 * KB) }, [{ name: 'a.pdf', content: Buffer.alloc(300 * KB) }]);
    expect(res.statusCode).toBe(413);
  });

  it('refuses an import past IMPORT_MAX_MB with 413 on `file`, without reading it', async () => {
    const row = 'TCM_CASES,202311,615,,,1,,,,,\n';
    const csv = `dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted\n${row.repeat(7_000)}`;
    const res = await staff.upload('/api/imports?format=csv', 'so-lieu.csv', csv);
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json().error.details[0]).toMatchObject({ field: 'file', message: expect.stringContaining('64 KB') });
    expect(await t.database.db.selectFrom('data_value').select('value').execute()).toEqual([]);
  });

  it('refuses a viewer at /api/imports before reading the file', async () => {
    const res = await viewer.upload('/api/imports?format=csv', 'so-lieu.csv', 'TCM_CASES,202311,615,,,1\n');
    expect(res.statusCode).toBe(403);
  });

  it('checks the role of a multipart upload before reading its fields, then bounds the fields', async () => {
    const fields = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 'x'.repeat(10 * KB)]));
    const asViewer = await postMultipart(viewer, '/api/requests/1/submissions', fields, []);
    expect(asViewer.statusCode).toBe(403);
    const asReporter = await postMultipart(reporter, '/api/requests/1/submissions', fields, []);
    expect(asReporter.statusCode).toBe(413);
    expect(asReporter.json().error.message).toContain('quá nhiều trường');
    const long = await postMultipart(reporter, '/api/requests/1/submissions', { unit: '615', note: 'x'.repeat(100 * KB) }, []);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0]).toMatchObject({ field: 'note', message: expect.stringContaining('quá dài') });
  });
});
