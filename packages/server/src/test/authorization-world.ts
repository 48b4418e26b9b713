/** The objects the authorisation table's requests point at: one inside district 615, one outside it (608). */
import { ROLES, type Role } from '@syt/core/api/contract.ts';
import { ManualClock } from '../clock.ts';
import { postMultipart } from '../features/tasks/tasks.fixture.ts';
import type { TestDialect } from './dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from './harness.ts';

export type Where = 'in' | 'out';
/** District 615 is the scope under test; 608 is its neighbour; 62 is the province above both. */
export const UNIT: Record<Where, string> = { in: '615', out: '608' };
export const PDF = Buffer.from('%PDF-1.4 thu');
export const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('phu-luc')]);

interface Objects {
  task: number;
  taskFile: number;
  directive: number;
  request: number;
  submissionFile: number;
  /** The province's own submission file in the same request (its reporters see only their own unit). */
  provinceFile: number;
  report: number;
  target: number;
  /** A target round (a request with a TARGETS deliverable) to the unit, the province and the CDC, which agrees its item. */
  round: number;
  /** A request asking the unit and the province for their annual review, both opened and sent. */
  review: number;
  /** A request whose quarterly review the unit has sent, for those above to return. */
  returnable: number;
  user: number;
  /** An IMMEDIATE alert raised by an immediate report at the unit. */
  alert: number;
  /** An outbreak recorded by hand at the unit. */
  outbreak: number;
}

/** Who calls: a role scoped to the province (62) or to district 615. */
export interface Caller {
  role: Role;
  scope: '62' | '615';
  username: string;
  client: TestClient;
}

export interface World {
  t: TestApp;
  staff: TestClient;
  callers: Caller[];
  objects: Record<Where, Objects>;
  /** A fresh draft report of a unit (for transitions that change it). */
  freshReport(unit: string): Promise<number>;
  /** A fresh reporting request to the given units, with one FILE deliverable. */
  requestFor(units: string[]): Promise<number>;
  /** The template a request's first deliverable has now (posting one replaces it). */
  templateOf(request: number): Promise<number>;
  /** A notification of the given user, or of someone else. */
  notificationOf(username: string): Promise<number>;
}

async function ok(res: { statusCode: number; body: string; json(): unknown }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

async function objectsOf(w: Pick<World, 't' | 'staff' | 'freshReport' | 'requestFor'>, unit: string, tag: string): Promise<Objects> {
  const s = w.staff;
  const directiveFields = { number: `${tag}/TB-SYT`, date: '2024-02-01', type: 'CONG_VAN', issuer: 'Sở Y tế', subject: `Chỉ đạo ${tag}` };
  const directive = (await ok(await postMultipart(s, '/api/directives', directiveFields, [{ name: 'cd.pdf', content: PDF }]), 'directive')).id as number;
  const task = (await ok(await s.request('POST', '/api/tasks', {
    title: `Nhiệm vụ ${tag}`, field: 'PHONG_BENH', lead: unit, deadline: { kind: 'ONGOING' }, directiveId: directive,
  }), 'task')).id as number;
  const update = await ok(await postMultipart(s, `/api/tasks/${task}/updates`, { kind: 'PROGRESS', text: 'Đã làm' }, [{ name: 'a.pdf', content: PDF }]), 'update');
  const taskFile = (update.updates as { attachments: { id: number }[] }[]).at(-1)!.attachments[0]!.id;
  const request = await w.requestFor([unit, '62']);
  await ok(await postMultipart(s, `/api/requests/${request}/templates`, { deliverable: '0' }, [{ name: 'mau.xlsx', content: XLSX }]), 'template');
  const sent = await ok(await postMultipart(s, `/api/requests/${request}/submissions`, { unit }, [{ name: 'bc.xlsx', content: XLSX }]), 'submission');
  const submissionFile = (sent.files as { id: number }[])[0]!.id;
  const own = await ok(await postMultipart(s, `/api/requests/${request}/submissions`, { unit: '62' }, [{ name: 'bc.xlsx', content: XLSX }]), 'submission');
  const provinceFile = (own.files as { id: number }[])[0]!.id;
  const user = (await w.t.database.db.selectFrom('app_user').select('id').where('username', '=', `${unit}.only`).executeTakeFirstOrThrow()).id;
  const target = (await ok(await s.request('POST', '/api/targets', {
    year: 2023, orgUnit: unit, item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 50, decision: { number: `${tag}/QĐ-SYT`, date: '2023-01-05' },
  }), 'target')).id as number;
  // Its decision's signed file, so reading it answers 200 to whoever may (a second attachment is refused with 409).
  await ok(await postMultipart(s, `/api/targets/${target}/decision-file`, {}, [{ name: 'qd.pdf', content: PDF }]), 'decision file');
  const round = (await ok(await s.request('POST', '/api/requests', {
    date: '2024-02-01', subject: `Đề xuất chỉ tiêu ${tag}`,
    deliverables: [{ kind: 'TARGETS', title: 'Chỉ tiêu năm 2025', year: 2025, items: ['SXHD_CASES'], fields: [{ unit: 'KT_CDC', items: ['SXHD_CASES'] }] }],
    groups: [{ name: 'Các đơn vị', units: [unit, '62', 'KT_CDC'], deadline: '2024-12-31' }],
  }), 'round')).id as number;
  const review = await sentReviews(w, unit, tag, 'annual', tag === 'in' ? '2023' : '2022');
  const returnable = await sentReviews(w, unit, tag, 'quarterly', tag === 'in' ? '2023Q4' : '2023Q3');
  const alert = (await ok(await s.request('POST', '/api/surveillance/immediate-reports', {
    disease: 'TA', orgUnit: unit, place: `Xã ${tag}`, onsetDate: '2024-03-04', count: 1, note: '',
  }), 'immediate report')).alertId as number;
  const outbreak = (await ok(await s.request('POST', '/api/surveillance/outbreaks', {
    disease: 'SXHD', orgUnit: unit, place: `Thôn ${tag}`, startDate: '2024-03-01', initialCases: 2,
  }), 'outbreak')).id as number;
  return {
    task, taskFile, directive, request, submissionFile, provinceFile, report: await w.freshReport(unit), target, round, review, returnable,
    user: Number(user), alert, outbreak,
  };
}

/**
 * A request for a review, each unit's opened and sent by its own user (the unit's reporter, the province's staff).
 * A unit has one report of a kind and period, so each request asks for another period.
 */
async function sentReviews(w: Pick<World, 't' | 'staff'>, unit: string, tag: string, kind: string, period: string): Promise<number> {
  const review = (await ok(await w.staff.request('POST', '/api/requests', {
    date: '2024-02-01', subject: `Tổng kết ${tag} ${period}`,
    deliverables: [{ kind: 'REVIEW', title: `Báo cáo ${period}`, reportKind: kind, period }],
    groups: [{ name: 'Các đơn vị', units: [unit, '62'], deadline: '2024-12-31' }],
  }), 'review request')).id as number;
  const reporter = await new TestClient(w.t.app).init();
  await reporter.login(`${unit}.only`);
  for (const [client, code] of [[reporter, unit], [w.staff, '62']] as const) {
    const opened = await ok(await client.request('POST', `/api/requests/${review}/reviews`, { unit: code }), 'review');
    await ok(await client.request('POST', `/api/requests/${review}/reviews/${code}/send`, { baseVersion: 1 }), `send ${opened.reportId}`);
  }
  return review;
}

/** An installation on 05/03/2024 with a signed-in user of every role at the province and at district 615. */
export async function buildWorld(dialect: TestDialect): Promise<World> {
  const t = await startTestApp(dialect, new ManualClock('2024-03-05T02:00:00Z'));
  const staff = await signedIn(t, 'w.staff', 'staff', '62');
  const callers: Caller[] = [];
  for (const scope of ['62', '615'] as const) {
    for (const role of ROLES) {
      const username = `${role}.${scope}`;
      callers.push({ role, scope, username, client: await signedIn(t, username, role, scope) });
    }
  }
  for (const unit of Object.values(UNIT)) await signedIn(t, `${unit}.only`, 'reporter', unit);
  let reports = 0;
  let requests = 0;
  const freshReport = async (unit: string) => {
    // One report per unit and month: each fresh one takes the month before the last.
    const month = 2023 * 12 + 11 - reports++;
    const period = `${Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}`;
    return (await ok(await staff.request('POST', '/api/reports/instances', { org: unit, period }), 'report')).id as number;
  };
  const notificationOf = async (username: string) => {
    const user = await t.database.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const row = await t.database.db.insertInto('notification').values({
      user_id: user.id, kind: 'TASK_DUE', title: 'Đến hạn', body: '', link: '/', dedupe_key: `k${Math.random()}`,
      read_at: null, mail_status: null, created_at: t.clock.now().toISOString(),
    }).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  };
  const requestFor = async (units: string[]) => {
    const body = {
      number: `${++requests}/SYT-KHTC`, date: '2024-02-01', subject: 'Báo cáo', outline: [],
      deliverables: [{ kind: 'FILE', title: 'Báo cáo' }], groups: [{ name: 'Nhóm', units, deadline: '2024-12-31' }],
    };
    return (await ok(await staff.request('POST', '/api/requests', body), 'request')).id as number;
  };
  const base = { t, staff, freshReport, requestFor };
  const objects = { in: await objectsOf(base, UNIT.in, 'in'), out: await objectsOf(base, UNIT.out, 'out') };
  const templateOf = async (request: number) => {
    const view = await ok(await staff.request('GET', `/api/requests/${request}`), 'request');
    return (view.deliverables as { template: { id: number } }[])[0]!.template.id;
  };
  return { ...base, callers, objects, notificationOf, templateOf };
}
