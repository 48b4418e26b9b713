import type { Role } from '@syt/core/api/contract.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { ManualClock, type Clock } from '../clock.ts';
import { loadConfig, type Config } from '../config.ts';
import { createUserRow, setupInstallation } from '../features/install/install.service.ts';
import type { TestDatabase, TestDialect } from './dialects.ts';

export const TEST_PASSWORD = 'mat-khau-thu-1';

/** A set-up installation (default package, Kon Tum units, no values) served in-process. */
export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: ManualClock;
  config: Config;
  close(): Promise<void>;
}

/** A fresh installation served by the app; `settings` change its configuration (SMTP, a smaller import limit). */
export async function startTestApp(
  dialect: TestDialect, clock = new ManualClock('2024-03-05T02:00:00Z'), settings: Partial<Config> = {},
): Promise<TestApp> {
  const database = await dialect.create();
  await setupInstallation({ db: database.db, clock });
  const config = loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent', ...settings });
  const app = await buildApp({ db: database.db, clock: clock as Clock, config });
  return {
    app,
    database,
    clock,
    config,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** What a test user may have besides the defaults: late entry, a display name other than the login name. */
export interface UserOptions {
  canEditExpired?: boolean;
  displayName?: string;
}

/** Adds a user with the test password. */
export async function addUser(t: TestApp, username: string, role: Role, orgUnitCode: string, options: UserOptions = {}): Promise<void> {
  const displayName = options.displayName ?? username;
  await createUserRow({ db: t.database.db, clock: t.clock }, { username, displayName, role, orgUnitCode }, TEST_PASSWORD);
  if (options.canEditExpired) await t.database.db.updateTable('app_user').set({ can_edit_expired: 1 }).where('username', '=', username).execute();
}

/** A browser-like client: keeps cookies, fetches and sends the CSRF token. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken = '';
  constructor(private readonly app: FastifyInstance) {}

  async init(): Promise<this> {
    const res = await this.request('GET', '/api/auth/csrf');
    this.csrfToken = res.json().csrfToken;
    return this;
  }

  /** Signs in; a session opened renews the CSRF token, which the client takes from the answer. */
  async login(username: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    return this.keepCsrf(await this.request('POST', '/api/auth/login', { username, password }));
  }

  /** The second step of a sign-in, for a user with a second factor. */
  async loginSecondStep(answer: { code?: string; recoveryCode?: string }): Promise<LightMyRequestResponse> {
    return this.keepCsrf(await this.request('POST', '/api/auth/login/totp', answer));
  }

  private keepCsrf(res: LightMyRequestResponse): LightMyRequestResponse {
    const token = res.statusCode === 200 ? (res.json() as { csrfToken?: string }).csrfToken : undefined;
    if (token) this.csrfToken = token;
    return res;
  }

  /** Sends a file as `multipart/form-data` (field `file`), as the browser's upload does. */
  async upload(url: string, fileName: string, content: Buffer | string) {
    const boundary = `----syt${Date.now().toString(16)}`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    const body = Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    return this.request('POST', url, body, { contentType: `multipart/form-data; boundary=${boundary}` });
  }

  async request(method: string, url: string, payload?: unknown, opts: { csrf?: boolean; contentType?: string } = {}) {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (opts.contentType) headers['content-type'] = opts.contentType;
    if (opts.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (typeof payload === 'string' && !opts.contentType) headers['content-type'] = 'application/json';
    const res = await this.app.inject({ method: method as 'GET', url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
}

/** A signed-in client for a fresh user of the given role and scope. */
export async function signedIn(
  t: TestApp, username: string, role: Role, orgUnitCode: string, options: UserOptions = {},
): Promise<TestClient> {
  await addUser(t, username, role, orgUnitCode, options);
  const client = await new TestClient(t.app).init();
  const res = await client.login(username);
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return client;
}
