import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../test/harness.ts';

describe.each(DIALECTS)('security headers on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    staff = await signedIn(t, 'canbo', 'staff', '62');
  });
  afterAll(() => t.close());

  it('sends a Content-Security-Policy that allows only this origin, and no inline script', async () => {
    for (const url of ['/api/auth/csrf', '/api/org-units', '/khong-co']) {
      const csp = String((await staff.request('GET', url)).headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });
});
