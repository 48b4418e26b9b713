import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { setupInstallation } from '../features/install/install.service.ts';
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

describe('auth hooks beside the built web app', () => {
  it('serves the app to anyone, but an unmatched /api path still needs a session', async () => {
    const dialect = DIALECTS[0]!;
    const database = await dialect.create();
    const webDist = mkdtempSync(join(tmpdir(), 'syt-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>SYT</title>');
    const config = loadConfig({}, { logLevel: 'silent', webDist });
    const clock = new ManualClock('2024-03-05T02:00:00Z');
    await setupInstallation({ db: database.db, clock });
    const app = await buildApp({ db: database.db, clock, config });
    try {
      expect((await app.inject({ method: 'GET', url: '/nhiem-vu/3' })).body).toContain('<title>SYT</title>');
      expect((await app.inject({ method: 'GET', url: '/api/khong-co' })).statusCode).toBe(401);
      expect((await absoluteTargetRequest(app, 'GET', '/api/khong-co')).statusCode).toBe(401);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
