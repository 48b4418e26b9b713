import type { RequestReviewsView, UnitReviewView } from '@syt/core/api/request-reviews.ts';
import type { ReportInstanceView } from '@syt/core/api/reports.ts';
import type { RequestView } from '@syt/core/api/requests.ts';
import { generateDemoSubmissions, generateDemoValues } from '@syt/core/demo/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import type { FigureRef, ReportDocument, Section } from '@syt/core/report/model.ts';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';
import { storeSubmissions } from '../install/demo.service.ts';
import { createRequest, seed002Request, setClock, startRequestTest, vietnamTime, type RequestTest } from '../requests/requests.fixture.ts';

/** Seed 002 as SYT sends it: every unit asked for its own annual review of 2023, written by SYT. */
function reviewRequest() {
  const letter = seed002Request();
  return { ...letter, deliverables: [{ kind: 'REVIEW', title: 'Báo cáo tổng kết năm 2023 của đơn vị', reportKind: 'annual', period: '2023' }] };
}

/** The figures a report states for its own unit (not a share of one of its children). */
function ownFigures(doc: ReportDocument): FigureRef[] {
  const walk = (sections: Section[]): FigureRef[] =>
    sections.flatMap((s) => [...s.blocks.flatMap((b) => (b.kind === 'generated' ? b.sentences.flatMap((x) => x.figures) : [])), ...walk(s.children)]);
  return walk(doc.results.sections).filter((f) => f.orgUnit === undefined);
}

/** The demo's values and sent forms of January to October 2023, so the review has figures to state. */
async function storeDemo2023(rt: RequestTest): Promise<void> {
  const values = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: '202301', to: '202310', includeZeros: false });
  const submissions = generateDemoSubmissions(KONTUM_ORG_UNITS).filter((s) => s.period >= '202301' && s.period <= '202310');
  await rt.t.database.db.transaction().execute(async (trx) => {
    await storeSubmissions(trx, submissions);
    await storeTrustedValues(trx, values, 'demo', rt.t.clock.now().toISOString());
  });
}

const reviewCount = async (rt: RequestTest) =>
  Number((await rt.t.database.db.selectFrom('report_request_review').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** Issue 12.6: a unit's own review, opened prefilled, edited, sent through the request and downloaded above. */
describe.each(DIALECTS)('units reviews sent through a request on $name', (dialect) => {
  let rt: RequestTest;
  let request: RequestView;
  let opened: UnitReviewView;
  beforeAll(async () => {
    rt = await startRequestTest(dialect);
    await storeDemo2023(rt);
    request = await createRequest(rt.users.staff, reviewRequest());
    const res = await rt.users.r615.request('POST', `/api/requests/${request.id}/reviews`, { unit: '615' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    opened = res.json();
  }, 120_000);
  afterAll(() => rt.t.close());

  const report = async (id: number) => (await rt.users.r615.request('GET', `/api/reports/instances/${id}`)).json() as ReportInstanceView;

  it("opens the unit's own annual report, written from its data, once per request and unit", async () => {
    expect(opened).toMatchObject({ unit: { code: '615' }, status: 'PENDING', reportVersion: 1, sentAt: null, mayWrite: true });
    const view = await report(opened.reportId!);
    expect(view).toMatchObject({ kind: 'annual', period: '2023', status: 'draft', orgUnit: { code: '615' } });
    expect(view.document.orgUnit.code).toBe('615');
    expect(view.document.header.superiorBody).toContain(view.orgUnit.name.toLocaleUpperCase('vi'));
    expect(view.can).toMatchObject({ edit: true, regenerate: true, submit: false, finalize: false });
    // Opening again reaches the same report.
    const again = await rt.users.r615.request('POST', `/api/requests/${request.id}/reviews`, { unit: '615' });
    expect(again.statusCode).toBe(200);
    expect(again.json().reportId).toBe(opened.reportId);
  });

  it("states the unit's figures, not the province's", async () => {
    const figures = ownFigures((await report(opened.reportId!)).document).filter((f) => f.span === 'month' && f.value !== null && f.value !== 0);
    expect(figures.length).toBeGreaterThan(5);
    const aggregate = async (item: string, org: string) =>
      (await rt.users.staff.request('GET', `/api/aggregate?item=${item}&orgUnit=${org}&from=202301&to=202312`)).json().value as number | null;
    for (const f of figures.slice(0, 5)) {
      expect(f.value, f.item).toBe(await aggregate(f.item, '615'));
      expect(f.value, f.item).not.toBe(await aggregate(f.item, '62'));
    }
  });

  it('lets only the unit write it: another district, a leader and the staff above are refused, nothing stored', async () => {
    const before = await reviewCount(rt);
    expect((await rt.users.r612.request('POST', `/api/requests/${request.id}/reviews`, { unit: '615' })).statusCode).toBe(403);
    expect((await rt.users.staff.request('POST', `/api/requests/${request.id}/reviews`, { unit: '615' })).statusCode).toBe(403);
    expect((await rt.users.leader.request('POST', `/api/requests/${request.id}/reviews`, { unit: '608' })).statusCode).toBe(403);
    const other = await rt.users.r612.request('PUT', `/api/reports/instances/${opened.reportId}`, { baseVersion: 1, freeText: {} });
    expect(other.statusCode).toBe(404);
    const above = await rt.users.staff.request('PUT', `/api/reports/instances/${opened.reportId}`, { baseVersion: 1, note: 'sửa' });
    expect(above.statusCode).toBe(403);
    expect((await rt.users.staff.request('GET', `/api/reports/instances/${opened.reportId}`)).json().can.edit).toBe(false);
    const send = await rt.users.r612.request('POST', `/api/requests/${request.id}/reviews/615/send`, { baseVersion: 1 });
    expect([403, 404]).toContain(send.statusCode);
    expect(await reviewCount(rt)).toBe(before);
  });

  it('refuses a unit outside the request and a request asking no review, in Vietnamese naming the field', async () => {
    const ngocHoi = await rt.users.staff.request('POST', `/api/requests/${request.id}/reviews`, { unit: '999' });
    expect(ngocHoi.statusCode).toBe(400);
    expect(ngocHoi.json().error.details).toEqual([{ field: 'unit', message: expect.stringContaining('không thuộc') }]);
    const plain = await createRequest(rt.users.staff);
    const none = await rt.users.r615.request('POST', `/api/requests/${plain.id}/reviews`, { unit: '615' });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toContain('báo cáo tổng kết');
    expect((await rt.users.r615.request('GET', `/api/requests/${plain.id}/reviews`)).json()).toEqual({ deliverable: null, reviews: [] });
  });

  it("refuses to open a second report of the same kind and period beside one the unit has, saying so", async () => {
    const staffs = await rt.users.staff.request('POST', '/api/reports/instances', { org: '608', kind: 'annual', period: '2023' });
    expect(staffs.statusCode).toBe(201);
    const before = await reviewCount(rt);
    const res = await rt.users.r608.request('POST', `/api/requests/${request.id}/reviews`, { unit: '608' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'REPORT_EXISTS', message: expect.stringContaining('Báo cáo tổng kết năm 2023 của') });
    expect(res.json().error.message).toContain('ngoài yêu cầu này');
    expect(await reviewCount(rt)).toBe(before);
  });

  it('refuses a review of a kind or period that does not exist, naming the deliverable field, storing nothing', async () => {
    const bad = (d: object) => rt.users.staff.request('POST', '/api/requests', { ...reviewRequest(), deliverables: [d] });
    const kind = await bad({ kind: 'REVIEW', title: 'Tổng kết', reportKind: 'weekly', period: '2023' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.details).toEqual([{ field: 'deliverables.0.reportKind', message: expect.stringContaining('Loại báo cáo "weekly"') }]);
    const period = await bad({ kind: 'REVIEW', title: 'Tổng kết', reportKind: 'quarterly', period: '2023' });
    expect(period.json().error.details).toEqual([{ field: 'deliverables.0.period', message: expect.stringContaining('2023Q3') }]);
    const count = await rt.users.staff.request('GET', '/api/requests');
    expect(count.json().requests).toHaveLength(2);
  });

  it('keeps an edit, sends it late after the deadline, freezes the sent version and records the submission', async () => {
    const view = await report(opened.reportId!);
    const slot = JSON.stringify(view.document.results).match(/"kind":"free","slot":"([^"]+)"/)?.[1];
    expect(slot).toBeDefined();
    const saved = await rt.users.r615.request('PUT', `/api/reports/instances/${opened.reportId}`, {
      baseVersion: view.version, freeText: { [slot!]: 'Đơn vị hoàn thành vượt mức kế hoạch tiêm chủng.' },
    });
    expect(saved.statusCode, saved.body.slice(0, 200)).toBe(200);
    // The districts' deadline is 05/12/2023: sent on the 6th, it is late.
    await setClock(rt.t, vietnamTime('2023-12-06', '08:00'));
    const sent = await rt.users.r615.request('POST', `/api/requests/${request.id}/reviews/615/send`, { baseVersion: saved.json().version });
    expect(sent.statusCode, sent.body.slice(0, 200)).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'SUBMITTED_LATE', sentVersion: saved.json().version + 1, sentBy: expect.any(String) });
    const row = (await rt.users.staff.request('GET', `/api/requests/${request.id}`)).json().submissions.find((s: { unit: { code: string } }) => s.unit.code === '615');
    expect(row).toMatchObject({ status: 'SUBMITTED_LATE', submittedAt: expect.any(String) });
    const again = await rt.users.r615.request('POST', `/api/requests/${request.id}/reviews/615/send`, { baseVersion: saved.json().version + 1 });
    expect(again.statusCode).toBe(409);
  });

  it('refuses edits after sending, and the report workflow on a review', async () => {
    const view = await report(opened.reportId!);
    expect(view).toMatchObject({ status: 'submitted', statusLabel: 'Đã gửi Sở Y tế' });
    expect(view.can.edit).toBe(false);
    const edit = await rt.users.r615.request('PUT', `/api/reports/instances/${opened.reportId}`, { baseVersion: view.version, note: 'sửa' });
    expect(edit.statusCode).toBe(409);
    const regenerate = await rt.users.r615.request('POST', `/api/reports/instances/${opened.reportId}/regenerate`, { baseVersion: view.version });
    expect(regenerate.statusCode).toBe(409);
    const approve = await rt.users.leader.request('POST', `/api/reports/instances/${opened.reportId}/status`, { baseVersion: view.version, status: 'final' });
    expect(approve.statusCode).toBe(409);
    expect((await report(opened.reportId!)).version).toBe(view.version);
    // It waits for no leader's signature: the leaders' list of sent reports leaves it out.
    const waiting = (await rt.users.leader.request('GET', '/api/reports/instances?status=submitted')).json().reports as { id: number }[];
    expect(waiting.map((r) => r.id)).not.toContain(opened.reportId);
    const all = (await rt.users.leader.request('GET', '/api/reports/instances?org=615&kind=annual&period=2023')).json().reports as { id: number }[];
    expect(all.map((r) => r.id)).toContain(opened.reportId);
  });

  it("shows staff each unit's review and serves the sent version as a .docx naming the unit", async () => {
    const list = (await rt.users.staff.request('GET', `/api/requests/${request.id}/reviews`)).json() as RequestReviewsView;
    expect(list.deliverable).toEqual({ title: 'Báo cáo tổng kết năm 2023 của đơn vị', reportKind: 'annual', period: '2023' });
    expect(list.reviews).toHaveLength(11);
    expect(list.reviews.find((r) => r.unit.code === '615')).toMatchObject({ status: 'SUBMITTED_LATE', mayWrite: false, mayReturn: true });
    expect(list.reviews.find((r) => r.unit.code === '608')).toMatchObject({ status: 'OVERDUE', reportId: null });
    const own = (await rt.users.r615.request('GET', `/api/requests/${request.id}/reviews`)).json() as RequestReviewsView;
    expect(own.reviews.map((r) => [r.unit.code, r.mayReturn])).toEqual([['615', false]]);
    const docx = await rt.users.staff.request('GET', `/api/requests/${request.id}/reviews/615/download`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toBe('attachment; filename="615-bao-cao-tong-ket-nam-2023.docx"');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain(list.reviews.find((r) => r.unit.code === '615')!.unit.name);
    expect(xml).toContain('Đơn vị hoàn thành vượt mức kế hoạch tiêm chủng.');
    expect((await rt.users.r612.request('GET', `/api/requests/${request.id}/reviews/615/download`)).statusCode).toBe(404);
    expect((await rt.users.staff.request('GET', `/api/requests/${request.id}/reviews/608/download`)).statusCode).toBe(404);
  });

  it('is returned by the department for the unit to edit, then sent again with a new frozen version', async () => {
    const sent = (await rt.users.staff.request('GET', `/api/requests/${request.id}/reviews`)).json().reviews.find((r: UnitReviewView) => r.unit.code === '615') as UnitReviewView;
    const own = await rt.users.r615.request('POST', `/api/requests/${request.id}/reviews/615/return`, { baseVersion: sent.reportVersion });
    expect(own.statusCode).toBe(403);
    const returned = await rt.users.leader.request('POST', `/api/requests/${request.id}/reviews/615/return`, { baseVersion: sent.reportVersion, note: 'Bổ sung số liệu tiêm chủng' });
    expect(returned.statusCode, returned.body.slice(0, 200)).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'OVERDUE', sentAt: null, sentVersion: null, reportVersion: sent.reportVersion! + 1 });
    expect((await rt.users.staff.request('GET', `/api/requests/${request.id}/reviews/615/download`)).statusCode).toBe(404);
    const view = await report(opened.reportId!);
    expect(view).toMatchObject({ status: 'draft', can: { edit: true } });
    const versions = (await rt.users.r615.request('GET', `/api/reports/instances/${opened.reportId}/versions`)).json().versions as { note: string | null }[];
    expect(versions[0]!.note).toContain('Bổ sung số liệu tiêm chủng');
    expect((await rt.users.leader.request('POST', `/api/requests/${request.id}/reviews/615/return`, { baseVersion: view.version })).statusCode).toBe(409);
    const again = await rt.users.r615.request('POST', `/api/requests/${request.id}/reviews/615/send`, { baseVersion: view.version });
    expect(again.json()).toMatchObject({ status: 'SUBMITTED_LATE', sentVersion: view.version + 1 });
    expect((await rt.users.staff.request('GET', `/api/requests/${request.id}/reviews/615/download`)).statusCode).toBe(200);
  });
});
