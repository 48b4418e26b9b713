import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, type TestClient } from '../../test/harness.ts';
import { PERIOD, startReportTest, type ReportTest } from './reports.fixture.ts';

interface Notice {
  kind: string;
  title: string;
  body: string;
  link: string;
}

const reportNotices = async (client: TestClient, kind = 'REPORT_SUBMITTED'): Promise<Notice[]> =>
  ((await client.request('GET', '/api/notifications')).json().notifications as Notice[]).filter((n) => n.kind === kind);

/**
 * Trình ký notifies the leaders whose scope holds the report and puts it on their list of reports waiting; Phát hành
 * takes the clerk's number and date and refuses, naming the field and changing nothing, what is missing or wrong
 * (server clock 5 March 2024).
 */
describe.each(DIALECTS)('sending a report to the leader and issuing it on $name', (dialect) => {
  let rt: ReportTest;
  let districtLeader: TestClient;
  let id: number;
  const status = (client: TestClient, baseVersion: number, s: string, issue: object = {}) =>
    client.request('POST', `/api/reports/instances/${id}/status`, { baseVersion, status: s, ...issue });
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    districtLeader = await signedIn(rt.t, 'lanhdaohuyen', 'leader', '615');
    id = (await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: PERIOD })).json().id;
  }, 120_000);
  afterAll(() => rt.t.close());

  it('tells the province\'s leaders, and only them, that a report waits for them', async () => {
    expect(await reportNotices(rt.users.leader)).toEqual([]);
    expect((await rt.users.leader.request('GET', '/api/reports/instances?status=submitted')).json().reports).toEqual([]);
    expect((await status(rt.users.staff, 1, 'submitted')).statusCode).toBe(200);

    expect(await reportNotices(rt.users.leader)).toEqual([
      {
        kind: 'REPORT_SUBMITTED',
        title: 'Báo cáo tháng 11/2023 đã trình ký, chờ duyệt',
        body: expect.stringContaining('chuyenvien trình ký báo cáo tháng 11/2023 của'),
        link: `/bao-cao?org=62&period=${PERIOD}`,
        read: false,
        id: expect.any(Number),
        createdAt: expect.any(String),
      },
    ]);
    for (const other of [rt.users.staff, rt.users.viewer, rt.users.reporter, rt.users.district, districtLeader]) {
      expect(await reportNotices(other)).toEqual([]);
    }
    const waiting = (await rt.users.leader.request('GET', '/api/reports/instances?status=submitted')).json().reports;
    expect(waiting).toEqual([expect.objectContaining({ id, period: PERIOD, status: 'submitted', statusLabel: 'Đã trình ký' })]);
    expect((await rt.users.leader.request('GET', '/api/reports/instances?status=draft')).json().reports).toEqual([]);
    expect((await districtLeader.request('GET', '/api/reports/instances?status=submitted')).json().reports).toEqual([]);
    expect((await rt.users.leader.request('GET', '/api/reports/instances?status=sent')).statusCode).toBe(400);
  });

  it('tells the sender of a return and of the approval, and announces a report sent again', async () => {
    expect((await status(rt.users.leader, 2, 'draft')).json().status).toBe('draft');
    expect(await reportNotices(rt.users.staff, 'REPORT_RETURNED')).toEqual([
      expect.objectContaining({
        title: 'Báo cáo tháng 11/2023 được trả lại dự thảo',
        body: expect.stringContaining('lanhdao trả lại dự thảo báo cáo tháng 11/2023 của'),
      }),
    ]);
    expect((await status(rt.users.staff, 3, 'submitted')).json().version).toBe(4);
    expect(await reportNotices(rt.users.leader)).toHaveLength(2);
    expect((await status(rt.users.leader, 4, 'final')).json()).toMatchObject({ status: 'final', version: 5 });
    expect(await reportNotices(rt.users.staff, 'REPORT_APPROVED')).toEqual([
      expect.objectContaining({ title: 'Báo cáo tháng 11/2023 đã được duyệt', link: `/bao-cao?org=62&period=${PERIOD}` }),
    ]);
    for (const other of [rt.users.leader, rt.users.admin, rt.users.viewer]) expect(await reportNotices(other, 'REPORT_APPROVED')).toEqual([]);
    expect((await rt.users.leader.request('GET', '/api/reports/instances?status=submitted')).json().reports).toEqual([]);
  });

  it('refuses an issue without number and date, naming both fields, and changes nothing', async () => {
    const res = await status(rt.users.staff, 5, 'issued');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'number', message: 'Cần nhập số, ký hiệu văn bản để phát hành (ví dụ 123/BC-SYT).' },
        { field: 'date', message: 'Cần nhập ngày phát hành.' },
      ],
    });
    const after = (await rt.users.staff.request('GET', `/api/reports/instances/${id}`)).json();
    expect(after).toMatchObject({ status: 'final', version: 5, document: { header: { documentNumber: '', date: null } } });
  });

  it('refuses a malformed number, an impossible date, a date after today or before the report\'s month', async () => {
    const refusal = async (number: string, date: string) => (await status(rt.users.staff, 5, 'issued', { number, date })).json().error.details;
    expect(await refusal('BC-SYT 123', '2024-03-05')).toEqual([
      { field: 'number', message: 'Số, ký hiệu văn bản "BC-SYT 123" không đúng dạng: cần số rồi ký hiệu, ví dụ 123/BC-SYT.' },
    ]);
    expect(await refusal('123/BC-SYT', '2024-02-30')).toEqual([{ field: 'date', message: 'Ngày phát hành "2024-02-30" không phải một ngày hợp lệ.' }]);
    expect(await refusal('123/BC-SYT', '2024-03-06')).toEqual([{ field: 'date', message: 'Ngày phát hành không được sau hôm nay (05/03/2024).' }]);
    expect(await refusal('123/BC-SYT', '2023-10-31')).toEqual([
      { field: 'date', message: 'Ngày phát hành không được trước tháng báo cáo (từ 01/11/2023).' },
    ]);
    expect((await rt.users.staff.request('GET', `/api/reports/instances/${id}`)).json()).toMatchObject({ status: 'final', version: 5 });
  });

  it('issues with today\'s date, writing number, symbol and date into the header of the issued version', async () => {
    const res = await status(rt.users.staff, 5, 'issued', { number: '123/BC-SYT', date: '2024-03-05' });
    expect(res.json()).toMatchObject({
      status: 'issued', version: 6, can: { issue: false, reopen: false },
      document: { header: { documentNumber: '123', documentSymbol: 'BC-SYT', date: '2024-03-05' } },
    });
    const md = await rt.users.viewer.request('GET', `/api/reports/instances/${id}/download?format=md`);
    expect(md.body).toContain('Số: 123/BC-SYT');
  });

  it('refuses a number already given to a report issued the same year, and takes it in another year', async () => {
    const october = (await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '202310' })).json().id;
    const step = (client: TestClient, baseVersion: number, s: string, issue: object = {}) =>
      client.request('POST', `/api/reports/instances/${october}/status`, { baseVersion, status: s, ...issue });
    await step(rt.users.staff, 1, 'submitted');
    await step(rt.users.leader, 2, 'final');
    const taken = await step(rt.users.staff, 3, 'issued', { number: '123/BC-SYT', date: '2024-03-01' });
    expect(taken.statusCode).toBe(409);
    const message = 'Số 123/BC-SYT đã cấp cho báo cáo tháng 11/2023 phát hành cùng năm: kiểm tra lại sổ đăng ký văn bản đi.';
    expect(taken.json().error).toMatchObject({ message, details: [{ field: 'number', message }] });
    expect((await rt.users.staff.request('GET', `/api/reports/instances/${october}`)).json()).toMatchObject({ status: 'final', version: 3 });
    const lastYear = await step(rt.users.staff, 3, 'issued', { number: '123/BC-SYT', date: '2023-12-20' });
    expect(lastYear.json()).toMatchObject({ status: 'issued', document: { header: { documentNumber: '123', date: '2023-12-20' } } });
  });

  it('lets the writers take back a report sent to the leader until it is approved, and tells the leaders by name', async () => {
    const writer = await signedIn(rt.t, 'nguyenvanan', 'staff', '62', { displayName: 'Nguyễn Văn An (Phòng KHTC)' });
    const report = (await writer.request('POST', '/api/reports/instances', { org: '615', period: PERIOD })).json().id;
    const step = (client: TestClient, baseVersion: number, s: string, extra: object = {}) =>
      client.request('POST', `/api/reports/instances/${report}/status`, { baseVersion, status: s, ...extra });
    expect((await step(writer, 1, 'submitted')).json()).toMatchObject({ status: 'submitted', can: { withdraw: true, reopen: false } });
    expect(await reportNotices(districtLeader)).toEqual([
      expect.objectContaining({ body: expect.stringContaining('Nguyễn Văn An (Phòng KHTC) trình ký báo cáo tháng 11/2023') }),
    ]);
    // The leader returns it (Trả lại dự thảo); withdrawing is the writers' word for the same step.
    expect((await rt.users.leader.request('GET', `/api/reports/instances/${report}`)).json().can).toMatchObject({ withdraw: false, reopen: true });
    expect((await step(rt.users.viewer, 2, 'draft')).statusCode).toBe(403);
    const back = await step(writer, 2, 'draft');
    expect(back.json()).toMatchObject({ status: 'draft', version: 3, can: { edit: true, submit: true, withdraw: false } });
    for (const leader of [districtLeader, rt.users.leader]) {
      expect(await reportNotices(leader, 'REPORT_WITHDRAWN')).toEqual([
        expect.objectContaining({
          title: 'Báo cáo tháng 11/2023 đã được rút lại',
          body: expect.stringContaining('Nguyễn Văn An (Phòng KHTC) rút lại báo cáo tháng 11/2023 của'),
        }),
      ]);
    }
    expect(await reportNotices(writer, 'REPORT_RETURNED')).toEqual([]);
    expect((await rt.users.leader.request('GET', '/api/reports/instances?status=submitted')).json().reports).toEqual([]);
    // Once approved it is the leader's: the writers can no longer take it back.
    await step(writer, 3, 'submitted');
    expect((await step(districtLeader, 4, 'final', { acknowledgeMissing: true })).json()).toMatchObject({ status: 'final' });
    const late = await step(writer, 5, 'draft');
    expect(late.statusCode).toBe(403);
    expect((await writer.request('GET', `/api/reports/instances/${report}`)).json()).toMatchObject({ status: 'final', version: 5 });
  });
});
