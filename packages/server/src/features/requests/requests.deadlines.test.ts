import type { RequestView, SubmissionView } from '@syt/core/api/requests.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import type { TestClient } from '../../test/harness.ts';
import { openRequestDeadlines } from './requests.repository.ts';
import { createRequest, DISTRICTS, seed002Request, setClock, startRequestTest, submit, vietnamTime, XLSX, type RequestTest } from './requests.fixture.ts';

/** Seed 002 with a controlled clock: on time, late, pending and overdue on both sides of each group's deadline. */
describe.each(DIALECTS)('reporting request deadlines on $name', (dialect) => {
  let rt: RequestTest;
  let request: RequestView;
  const view = async (client: TestClient, id = request.id): Promise<RequestView> => (await client.request('GET', `/api/requests/${id}`)).json();
  const row = (v: RequestView, unit: string): SubmissionView => v.submissions.find((s) => s.unit.code === unit)!;
  beforeAll(async () => {
    rt = await startRequestTest(dialect);
    request = await createRequest(rt.users.staff);
  });
  afterAll(() => rt.t.close());

  it('stores seed 002 with its outline, appendices, two groups, deadlines and recipients', () => {
    expect(request.number).toBe('3870/SYT-KHTC');
    expect(request.outline.map((s) => s.number)).toEqual(['I', 'II', 'II.2.2', 'III']);
    expect(request.deliverables[1]).toEqual({ kind: 'FILE', title: 'Phụ lục I, II: chỉ tiêu kế hoạch năm 2023 và đề xuất năm 2024', template: null });
    expect(request.deliverables[4]).toMatchObject({ kind: 'FORM', dataSet: 'HOATDONG_THANG', period: '202311' });
    const [districts, province] = request.groups;
    expect(districts!.units.map((u) => u.code)).toEqual(DISTRICTS);
    expect(districts!.units[1]).toEqual({ code: '615', name: 'Đăk Hà' });
    expect([districts!.deadline, province!.deadline]).toEqual(['2023-12-05', '2023-12-10']);
    expect(districts!.recipients).toEqual(seed002Request().groups[0]!.recipients);
    expect(province!.recipients).toHaveLength(2);
    expect(request.submissions).toHaveLength(11);
    expect(request.counts).toEqual({ total: 11, submitted: 0, late: 0, overdue: 0, pending: 11 });
    expect(row(request, '608')).toMatchObject({ id: null, status: 'PENDING', statusLabel: 'Chưa nộp (còn hạn)', files: [] });
  });

  it('takes 615 on time at 16:00 on the deadline day', async () => {
    await setClock(rt.t, vietnamTime('2023-12-05', '16:00'));
    const res = await submit(rt.users.r615, request.id, '615', 'Báo cáo tổng kết 2023 - TTYT Đăk Hà.xlsx', 'Gửi kèm phụ lục II');
    expect(res.statusCode, res.body).toBe(201);
    const sent: SubmissionView = res.json();
    expect(sent).toMatchObject({ unit: { code: '615' }, status: 'SUBMITTED', statusLabel: 'Đã nộp đúng hạn', submittedBy: 'dakha', note: 'Gửi kèm phụ lục II' });
    expect(sent.submittedAt).toBe('2023-12-05T09:00:00.000Z');
    expect(sent.files).toEqual([expect.objectContaining({ fileName: 'Báo cáo tổng kết 2023 - TTYT Đăk Hà.xlsx', size: XLSX.length })]);
  });

  it('keeps 608 pending until the end of 05/12 in Vietnam, then overdue', async () => {
    await setClock(rt.t, vietnamTime('2023-12-05', '23:59:59'));
    expect(row(await view(rt.users.staff), '608').status).toBe('PENDING');
    await setClock(rt.t, vietnamTime('2023-12-06', '00:00'));
    const after = await view(rt.users.staff);
    expect(row(after, '608')).toMatchObject({ status: 'OVERDUE', statusLabel: 'Quá hạn, chưa nộp' });
    expect(row(after, '615').status).toBe('SUBMITTED');
    expect(row(after, '62').status).toBe('PENDING');
    expect(after.counts).toEqual({ total: 11, submitted: 1, late: 0, overdue: 9, pending: 1 });
  });

  it('records 612 as late at 08:00 on 06/12', async () => {
    await setClock(rt.t, vietnamTime('2023-12-06', '08:00'));
    const res = await submit(rt.users.r612, request.id, '612');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'SUBMITTED_LATE', statusLabel: 'Nộp muộn' });
    expect((await view(rt.users.staff)).counts).toEqual({ total: 11, submitted: 2, late: 1, overdue: 8, pending: 1 });
  });

  it('keeps the first sending time when a unit adds a file after the deadline', async () => {
    await setClock(rt.t, vietnamTime('2023-12-07', '10:00'));
    const res = await submit(rt.users.r615, request.id, '615', 'Phụ lục II bổ sung.xlsx');
    expect(res.json()).toMatchObject({ status: 'SUBMITTED', submittedAt: '2023-12-05T09:00:00.000Z', note: 'Gửi kèm phụ lục II' });
    expect(res.json().files).toHaveLength(2);
  });

  it('takes the provincial unit on time on 10/12 and counts the overview', async () => {
    await setClock(rt.t, vietnamTime('2023-12-10', '17:30'));
    const res = await submit(rt.users.province, request.id, '62', 'CDC - Phụ lục I.xlsx');
    expect(res.json().status).toBe('SUBMITTED');
    expect((await view(rt.users.staff)).counts).toEqual({ total: 11, submitted: 3, late: 1, overdue: 8, pending: 0 });
    const list = (await rt.users.staff.request('GET', '/api/requests')).json().requests;
    expect(list).toEqual([expect.objectContaining({ id: request.id, counts: { total: 11, submitted: 3, late: 1, overdue: 8, pending: 0 } })]);
    expect(list[0].groups.map((g: { deadline: string }) => g.deadline)).toEqual(['2023-12-05', '2023-12-10']);
  });

  it('lists for the scheduler the groups still waiting, with the units not yet submitted', async () => {
    const open = await openRequestDeadlines(rt.t.database.db);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ requestId: request.id, groupId: request.groups[0]!.id, deadline: '2023-12-05' });
    expect(open[0]!.unitIds).toHaveLength(8);
  });

  it('shows a unit user only its own row, in the request and in the list', async () => {
    const own = await view(rt.users.r615);
    expect(own.submissions.map((s) => s.unit.code)).toEqual(['615']);
    expect(own.groups).toHaveLength(2);
    expect(own.counts).toEqual({ total: 1, submitted: 1, late: 0, overdue: 0, pending: 0 });
    expect((await view(rt.users.province)).submissions.map((s) => s.unit.code)).toEqual(['62']);
    const list = (await rt.users.r612.request('GET', '/api/requests')).json().requests;
    expect(list[0].counts).toEqual({ total: 1, submitted: 1, late: 1, overdue: 0, pending: 0 });
    expect((await view(rt.users.leader)).submissions).toHaveLength(11);
  });

  it('serves a submitted file to its unit and to the department', async () => {
    const file = row(await view(rt.users.staff), '615').files[0]!;
    for (const client of [rt.users.r615, rt.users.staff, rt.users.leader]) {
      const res = await client.request('GET', `/api/requests/${request.id}/submissions/615/files/${file.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(XLSX)).toBe(true);
      expect(res.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o");
    }
  });

  it('marks the provincial unit late when it sends on 11/12 (another request), overdue just before', async () => {
    await setClock(rt.t, vietnamTime('2023-12-01', '08:00'));
    const second = await createRequest(rt.users.staff, { ...seed002Request(), number: '3901/SYT-KHTC' });
    await setClock(rt.t, vietnamTime('2023-12-10', '23:59:59'));
    expect(row(await view(rt.users.province, second.id), '62').status).toBe('PENDING');
    await setClock(rt.t, vietnamTime('2023-12-11', '00:00'));
    expect(row(await view(rt.users.province, second.id), '62').status).toBe('OVERDUE');
    await setClock(rt.t, vietnamTime('2023-12-11', '09:00'));
    const res = await submit(rt.users.province, second.id, '62');
    expect(res.json()).toMatchObject({ status: 'SUBMITTED_LATE', submittedAt: '2023-12-11T02:00:00.000Z' });
    expect((await view(rt.users.staff, second.id)).counts).toEqual({ total: 11, submitted: 1, late: 1, overdue: 10, pending: 0 });
  });
});
