import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/dialects.ts';
import { addUser, startTestApp, TEST_PASSWORD, TestClient, type TestApp } from '../test/harness.ts';
import { absoluteTargetRequest } from '../test/raw-request.ts';

/** Issue 9.4: an absolute request target (`GET http://x/api/… HTTP/1.1`) must not slip past the hooks. */
describe.each(DIALECTS)('auth hooks with an absolute request target on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await addUser(t, 'quantri', 'admin', '62');
  });
  afterAll(() => t.close());

  it('answers 401 to a private route, and to an unmatched /api path, as the origin form does', async () => {
    for (const path of ['/api/metadata/data-elements', '/api/users', '/api/khong-co', '/API/khong-co']) {
      const res = await absoluteTargetRequest(t.app, 'GET', path);
      expect(res.statusCode, path).toBe(401);
      expect(JSON.parse(res.body).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const credentials = JSON.stringify({ username: 'quantri', password: TEST_PASSWORD });
    const res = await absoluteTargetRequest(t.app, 'POST', '/api/auth/login', {}, credentials);
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('CSRF_INVALID');
    expect((await new TestClient(t.app).init().then((c) => c.login('quantri'))).statusCode).toBe(200);
  });

  it('still serves the public CSRF token', async () => {
    const res = await absoluteTargetRequest(t.app, 'GET', '/api/auth/csrf');
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).csrfToken).toEqual(expect.any(String));
  });
});
