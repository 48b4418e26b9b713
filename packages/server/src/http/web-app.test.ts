import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { setupInstallation } from '../features/install/install.service.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { isAppRoute } from './web-app.ts';

const WEB_PUBLIC = resolve(import.meta.dirname, '../../../web/public');

describe('the built web app beside the API', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let webDist: string;
  beforeAll(async () => {
    database = await DIALECTS[0]!.create();
    webDist = mkdtempSync(join(tmpdir(), 'syt-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>SYT</title>');
    // The icon the web build copies from packages/web/public.
    copyFileSync(join(WEB_PUBLIC, 'favicon.ico'), join(webDist, 'favicon.ico'));
    const clock = new ManualClock('2024-03-05T02:00:00Z');
    await setupInstallation({ db: database.db, clock });
    app = await buildApp({ db: database.db, clock, config: loadConfig({}, { logLevel: 'silent', webDist }) });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves a real icon at /favicon.ico, not the app page', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/icon/);
    expect(res.rawPayload.equals(readFileSync(join(WEB_PUBLIC, 'favicon.ico')))).toBe(true);
  });

  it('answers 404 for a file the build does not have, and the app page for app routes', async () => {
    for (const url of ['/apple-touch-icon.png', '/assets/index-khongco.js', '/robots.txt', '/nhiem-vu/logo.svg?v=2']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    for (const url of ['/nhiem-vu/3', '/bao-cao?period=202401&org=62', '/danh-muc/don-vi']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>SYT</title>');
    }
  });

  it('tells app routes from file names', () => {
    expect(isAppRoute('/yeu-cau-bao-cao/12')).toBe(true);
    expect(isAppRoute('/bao-cao?period=2024.01')).toBe(true);
    expect(isAppRoute('/favicon.ico')).toBe(false);
    expect(isAppRoute('/assets/chunk')).toBe(false);
  });
});
