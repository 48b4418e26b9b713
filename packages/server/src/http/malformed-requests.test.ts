import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../test/harness.ts';

const MULTIPART = { contentType: 'multipart/form-data; boundary=XYZ' };
/** Forms cut short, with garbled part headers, or with no boundary at all. */
const BROKEN_FORMS = [
  '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
  '--XYZ\r\ngarbage\r\n\r\n',
  'nothing',
];
const UPLOAD_ROUTES = ['/api/imports', '/api/directives/import', '/api/requests/1/submissions'];

/** A broken body is the sender's fault: 400 in Vietnamese, never a 500, and the server keeps answering. */
describe.each(DIALECTS)('malformed requests on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    staff = await signedIn(t, 'canbo', 'staff', '62');
  });
  afterAll(() => t.close());

  it.each(UPLOAD_ROUTES)('answers 400 to broken multipart forms at %s', async (url) => {
    for (const form of BROKEN_FORMS) {
      const res = await staff.request('POST', url, form, MULTIPART);
      expect(res.statusCode, `${url} ${JSON.stringify(form)}: ${res.body}`).toBe(400);
      expect(res.json().error.details[0].field).toBe('body');
    }
  });

  it('answers 400 to broken JSON and goes on serving', async () => {
    const res = await staff.request('PUT', '/api/data-values', '{"dataElement":', { contentType: 'application/json' });
    expect(res.statusCode).toBe(400);
    expect((await staff.request('GET', '/api/auth/session')).statusCode).toBe(200);
  });
});
