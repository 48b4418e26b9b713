import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postMultipart } from '../features/tasks/tasks.fixture.ts';
import { AUTHORIZATION_TABLE, type Call, type RouteRule } from '../test/authorization-table.ts';
import { buildWorld, UNIT, type Caller, type Where, type World } from '../test/authorization-world.ts';
import { DIALECTS } from '../test/dialects.ts';
import { TestClient } from '../test/harness.ts';
import { absoluteTargetRequest } from '../test/raw-request.ts';
import { registeredRoutes } from './route-catalogue.ts';

const MISSING = 987654;
type Objects = World['objects']['out'] & { notification: number };
/** Per-object routes called by a district-615 user on a 608 object and on a missing id; the id the message names. */
const PER_OBJECT: Array<[who: string, method: string, idOf: keyof Objects, url: (o: Objects) => string, body?: object]> = [
  ['reporter.615', 'GET', 'task', (o) => `/api/tasks/${o.task}`],
  ['reporter.615', 'POST', 'task', (o) => `/api/tasks/${o.task}/updates`, { kind: 'PROGRESS', text: 'Xong' }],
  ['viewer.615', 'GET', 'task', (o) => `/api/tasks/${o.task}/attachments/${o.taskFile}`],
  ['staff.615', 'PUT', 'task', (o) => `/api/tasks/${o.task}`, { title: 'Đổi' }],
  ['reporter.615', 'GET', 'directive', (o) => `/api/directives/${o.directive}`],
  ['reporter.615', 'GET', 'directive', (o) => `/api/directives/${o.directive}/file`],
  ['staff.615', 'GET', 'request', (o) => `/api/requests/${o.request}`],
  ['reporter.615', 'GET', 'request', (o) => `/api/requests/${o.request}/submissions/608/files/${o.submissionFile}`],
  ['viewer.615', 'GET', 'report', (o) => `/api/reports/instances/${o.report}`],
  ['staff.615', 'PUT', 'report', (o) => `/api/reports/instances/${o.report}`, { baseVersion: 1, note: 'x' }],
  ['leader.615', 'GET', 'report', (o) => `/api/reports/instances/${o.report}/versions`],
  ['admin.615', 'PATCH', 'user', (o) => `/api/users/${o.user}`, { displayName: 'Đổi' }],
  ['viewer.615', 'POST', 'notification', (o) => `/api/notifications/${o.notification}/read`],
  ['admin.615', 'POST', 'user', (o) => `/api/users/${o.user}/unlock`],
  ['reporter.615', 'GET', 'alert', (o) => `/api/surveillance/alerts/${o.alert}`],
  ['staff.615', 'POST', 'alert', (o) => `/api/surveillance/alerts/${o.alert}/dismiss`, { reason: 'Nhầm' }],
  ['viewer.615', 'GET', 'outbreak', (o) => `/api/surveillance/outbreaks/${o.outbreak}`],
  ['reporter.615', 'POST', 'outbreak', (o) => `/api/surveillance/outbreaks/${o.outbreak}/cases`, { date: '2024-03-04', count: 1 }],
];
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const SAFE = new Set(['GET', 'HEAD']);
/** Refusals: no session, no right, or (outside the scope) no such object as far as the caller may know. */
const REFUSED = new Set([401, 403, 404]);

/** Issue 9.1/9.4: one table of route × role × scope, checked on every route the application registers. */
describe.each(DIALECTS)('authorisation table on $name', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(dialect);
  });
  afterAll(() => w.t.close());

  const build = (rule: RouteRule, caller: Caller, where: Where = 'in') =>
    rule.call({ w, where, unit: UNIT[where], o: w.objects[where], caller });
  const send = (client: TestClient, method: string, call: Call) =>
    call.form ? postMultipart(client, call.url, call.form.fields, [call.form.file]) : client.request(method, call.url, call.body);
  const province = () => w.callers.filter((c) => c.scope === '62');

  it('lists every registered route, and only those', () => {
    const registered = registeredRoutes(w.t.app).map(key);
    const listed = AUTHORIZATION_TABLE.map(key);
    expect(registered.length).toBeGreaterThan(50);
    expect(registered.filter((k) => !listed.includes(k)), 'registered but missing from the table').toEqual([]);
    expect(listed.filter((k) => !registered.includes(k)), 'in the table but not registered').toEqual([]);
  });

  it('answers 401 to every private route without a session, and serves the public ones', async () => {
    const anonymous = await new TestClient(w.t.app).init();
    const wrong: string[] = [];
    for (const rule of AUTHORIZATION_TABLE) {
      const res = await send(anonymous, rule.method, await build(rule, province()[0]!));
      if ((res.statusCode === 401) !== !rule.public) wrong.push(`${key(rule)} → ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every private route with an absolute request target, and sign-in without the CSRF token', async () => {
    const csrf = await absoluteTargetRequest(w.t.app, 'GET', '/api/auth/csrf');
    const cookie = String(csrf.headers['set-cookie']).split(';')[0]!;
    const withToken = { cookie, 'x-csrf-token': JSON.parse(csrf.body).csrfToken as string };
    const wrong: string[] = [];
    for (const rule of AUTHORIZATION_TABLE) {
      const call = await build(rule, province()[0]!);
      const body = call.body === undefined ? undefined : JSON.stringify(call.body);
      const bare = await absoluteTargetRequest(w.t.app, rule.method, call.url, {}, body);
      const tokened = await absoluteTargetRequest(w.t.app, rule.method, call.url, withToken, body);
      const bareWant = SAFE.has(rule.method) ? (rule.public ? 200 : 401) : 403;
      const tokenedWant = rule.public ? [200, 400] : [401];
      if (bare.statusCode !== bareWant) wrong.push(`${key(rule)} without token → ${bare.statusCode}, want ${bareWant}`);
      if (!tokenedWant.includes(tokened.statusCode)) wrong.push(`${key(rule)} with token → ${tokened.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets each role of the province through exactly the routes the table gives it (403 for the others)', async () => {
    const wrong: string[] = [];
    for (const rule of AUTHORIZATION_TABLE.filter((r) => !r.public)) {
      for (const caller of province()) {
        const client = rule.endsSession ? await freshSession(caller) : caller.client;
        const res = await send(client, rule.method, await build(rule, caller));
        const allowed = rule.roles.includes(caller.role);
        if (allowed ? REFUSED.has(res.statusCode) : res.statusCode !== 403) wrong.push(`${caller.username} ${key(rule)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps each role of district 615 inside its scope: 608 refused, 615 allowed, root-only routes refused', async () => {
    const wrong: string[] = [];
    for (const rule of AUTHORIZATION_TABLE.filter((r) => r.scope !== 'none')) {
      const roles = rule.roles.filter((r) => (rule.scopeRoles ?? rule.roles).includes(r));
      for (const caller of w.callers.filter((c) => c.scope === '615' && roles.includes(c.role))) {
        for (const where of ['in', 'out'] as const) {
          const res = await send(caller.client, rule.method, await build(rule, caller, where));
          const refused = REFUSED.has(res.statusCode);
          if (refused !== (rule.scope === 'root' || where === 'out')) wrong.push(`${caller.username} ${key(rule)} [${where}] → ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers an object outside the scope exactly as a missing one (but for the id sent)', async () => {
    const missing = Object.fromEntries([...Object.keys(w.objects.out), 'notification'].map((k) => [k, MISSING])) as unknown as Objects;
    const caller = (name: string) => w.callers.find((c) => c.username === name)!.client;
    const wrong: string[] = [];
    const outside = { ...w.objects.out, notification: await w.notificationOf('w.staff') };
    for (const [who, method, idOf, url, body] of PER_OBJECT) {
      const answer = async (o: Objects) => {
        const res = await caller(who).request(method, url(o), body ?? (method === 'GET' ? undefined : {}));
        return `${res.statusCode} ${res.body.replace(new RegExp(`\\b${o[idOf]}\\b`, 'g'), '#')}`;
      };
      const [a, b] = [await answer(outside), await answer(missing)];
      if (a !== b || !b.startsWith('404 ')) wrong.push(`${who} ${method} ${url(outside)} → ${a.slice(0, 100)} | missing → ${b.slice(0, 100)}`);
    }
    expect(wrong).toEqual([]);
  });

  /** A second session of the caller's user, for a route that ends the session it is called with. */
  async function freshSession(caller: Caller): Promise<TestClient> {
    const client = await new TestClient(w.t.app).init();
    await client.login(caller.username);
    return client;
  }
});
