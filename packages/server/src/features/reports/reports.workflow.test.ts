import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { PERIOD, startReportTest, type ReportTest } from './reports.fixture.ts';
import { REPORT_LIST_LIMIT } from './reports.repository.ts';

/** Create, save, status changes and their guards: versions, roles and the issued lock. */
describe.each(DIALECTS)('report instances on $name', (dialect) => {
  let rt: ReportTest;
  let id: number;
  beforeAll(async () => {
    rt = await startReportTest(dialect);
  }, 120_000);
  afterAll(() => rt.t.close());

  it('creates the month\'s report as a draft at version 1, once', async () => {
    const res = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: PERIOD });
    expect(res.statusCode).toBe(201);
    const view = res.json();
    id = view.id;
    expect(view).toMatchObject({ orgUnit: { code: '62' }, period: PERIOD, status: 'draft', statusLabel: 'Dự thảo', version: 1, updatedBy: 'chuyenvien' });
    expect(view.document).toMatchObject({ kind: 'monthly', period: PERIOD, title: 'BÁO CÁO' });
    expect(view.can).toEqual({ edit: true, regenerate: true, submit: true, finalize: false, reopen: false, withdraw: false, issue: false });
    const again = await rt.users.admin.request('POST', '/api/reports/instances', { org: '62', period: PERIOD });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REPORT_EXISTS');
  });

  it('lists and reads it for every role that may read the province, refusing writers\' actions to reporters', async () => {
    const list = await rt.users.viewer.request('GET', `/api/reports/instances?org=62&period=${PERIOD}`);
    expect(list.json().reports).toEqual([expect.objectContaining({ id, version: 1, status: 'draft' })]);
    const read = await rt.users.viewer.request('GET', `/api/reports/instances/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().can).toEqual({ edit: false, regenerate: false, submit: false, finalize: false, reopen: false, withdraw: false, issue: false });
    const reporterSave = await rt.users.reporter.request('PUT', `/api/reports/instances/${id}`, { baseVersion: 1, freeText: { other: 'x' } });
    expect(reporterSave.statusCode).toBe(403);
    const reporterCreate = await rt.users.reporter.request('POST', '/api/reports/instances', { org: '62', period: '202310' });
    expect(reporterCreate.statusCode).toBe(403);
    const viewerRegen = await rt.users.viewer.request('POST', `/api/reports/instances/${id}/regenerate`, { baseVersion: 1 });
    expect(viewerRegen.statusCode).toBe(403);
  });

  it('keeps the district out of the province\'s report', async () => {
    for (const url of [`/api/reports/instances/${id}`, `/api/reports/instances/${id}/versions`]) {
      expect((await rt.users.district.request('GET', url)).statusCode).toBe(404);
    }
    expect((await rt.users.district.request('GET', `/api/reports/monthly?org=62&period=${PERIOD}`)).statusCode).toBe(403);
    const list = await rt.users.district.request('GET', '/api/reports/instances');
    expect(list.json().reports).toEqual([]);
  });

  it('saves header, free text and plan as version 2; a save from version 1 again is a conflict', async () => {
    const save = { baseVersion: 1, header: { signerName: 'Nguyễn Văn A' }, freeText: { ncd: 'Khám sàng lọc 120 người.' }, plan: ['Tiếp tục giám sát dịch.'], note: 'Bổ sung' };
    const res = await rt.users.staff.request('PUT', `/api/reports/instances/${id}`, save);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, document: { header: { signerName: 'Nguyễn Văn A' }, plan: { items: ['Tiếp tục giám sát dịch.'] } } });
    const stale = await rt.users.admin.request('PUT', `/api/reports/instances/${id}`, { baseVersion: 1, freeText: { ncd: 'Khác' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: [{ field: 'baseVersion' }] });
    const current = (await rt.users.staff.request('GET', `/api/reports/instances/${id}`)).json();
    expect(current.version).toBe(2);
    expect(JSON.stringify(current.document)).toContain('Khám sàng lọc 120 người.');
  });

  it('staff send to the leader, the leader returns or approves, staff issue with a number and date; issued is locked', async () => {
    const status = (who: keyof ReportTest['users'], baseVersion: number, s: string, issue: object = {}) =>
      rt.users[who].request('POST', `/api/reports/instances/${id}/status`, { baseVersion, status: s, ...issue });
    expect((await status('leader', 2, 'submitted')).statusCode).toBe(403);
    expect((await status('leader', 2, 'final')).json().error).toMatchObject({ code: 'INVALID_TRANSITION', message: 'Không chuyển được báo cáo từ "Dự thảo" sang "Đã duyệt".' });
    const sent = await status('staff', 2, 'submitted');
    expect(sent.json()).toMatchObject({ status: 'submitted', statusLabel: 'Đã trình ký', version: 3, can: { edit: false, submit: false, finalize: false } });
    expect((await rt.users.staff.request('PUT', `/api/reports/instances/${id}`, { baseVersion: 3, plan: [] })).json().error.code).toBe('REPORT_NOT_DRAFT');
    expect((await status('staff', 3, 'final')).statusCode).toBe(403);
    expect((await rt.users.leader.request('GET', `/api/reports/instances/${id}`)).json().can).toMatchObject({ finalize: true, reopen: true, issue: false });
    expect((await status('leader', 3, 'draft')).json()).toMatchObject({ status: 'draft', version: 4 });
    expect((await status('staff', 4, 'submitted')).json()).toMatchObject({ version: 5 });
    expect((await status('leader', 5, 'final')).json()).toMatchObject({ status: 'final', statusLabel: 'Đã duyệt', version: 6, can: { reopen: true, issue: false } });
    expect((await status('reporter', 6, 'issued', { number: '215/BC-SYT', date: '2023-12-05' })).statusCode).toBe(403);
    expect((await status('leader', 6, 'issued', { number: '215/BC-SYT', date: '2023-12-05' })).statusCode).toBe(403);
    const issued = await status('staff', 6, 'issued', { number: '215/BC-SYT', date: '2023-12-05' });
    expect(issued.json()).toMatchObject({
      status: 'issued', statusLabel: 'Đã phát hành', version: 7,
      document: { header: { documentNumber: '215', documentSymbol: 'BC-SYT', date: '2023-12-05' } },
    });
    expect((await status('admin', 7, 'draft')).json().error).toMatchObject({ code: 'REPORT_LOCKED', message: 'Báo cáo đã phát hành: không sửa, không đổi trạng thái được nữa.' });
    expect((await rt.users.admin.request('PUT', `/api/reports/instances/${id}`, { baseVersion: 7, plan: [] })).json().error.code).toBe('REPORT_LOCKED');
    expect((await rt.users.admin.request('POST', `/api/reports/instances/${id}/regenerate`, { baseVersion: 7 })).json().error.code).toBe('REPORT_LOCKED');
  });

  it('lists every version with its action, newest first', async () => {
    const res = await rt.users.viewer.request('GET', `/api/reports/instances/${id}/versions`);
    const versions = res.json().versions as { version: number; action: string; status: string; note: string | null }[];
    expect(versions.map((v) => [v.version, v.action, v.status])).toEqual([
      [7, 'status', 'issued'], [6, 'status', 'final'], [5, 'status', 'submitted'], [4, 'status', 'draft'], [3, 'status', 'submitted'],
      [2, 'save', 'draft'], [1, 'create', 'draft'],
    ]);
    expect(versions.find((v) => v.version === 2)!.note).toBe('Bổ sung');
  });

  it('lists at most REPORT_LIST_LIMIT reports, newest first, as summaries without their documents', async () => {
    const db = rt.t.database.db;
    const province = await db.selectFrom('org_unit').select('id').where('code', '=', '62').executeTakeFirstOrThrow();
    // Years of old months, stored directly: the list must stay bounded however many there are.
    const rows = Array.from({ length: REPORT_LIST_LIMIT + 5 }, (_, i) => ({
      org_unit_id: province.id, period: `${1900 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`, kind: 'monthly' as const,
      status: 'draft' as const, version: 1, document: JSON.stringify({ filler: 'x'.repeat(1000) }),
      created_at: `2000-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`, created_by: 'chuyenvien',
      updated_at: `2000-01-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`, updated_by: 'chuyenvien',
    }));
    for (let i = 0; i < rows.length; i += 100) await db.insertInto('report_instance').values(rows.slice(i, i + 100)).execute();
    const list = (await rt.users.viewer.request('GET', '/api/reports/instances')).json().reports as Record<string, unknown>[];
    expect(list).toHaveLength(REPORT_LIST_LIMIT);
    expect(list.every((r) => !('document' in r))).toBe(true);
    // Newest first: the reports of this test's own months, then the old months from the latest stored.
    const old = list.filter((r) => String(r.period) < '2000');
    expect(old[0]!.period).toBe(rows.at(-1)!.period);
    expect(list.some((r) => r.period === PERIOD)).toBe(true);
  });
});
