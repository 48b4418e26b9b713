import type { NotificationView } from '@syt/core/api/notifications.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { createRequest, submit } from '../requests/requests.fixture.ts';
import { createTask, taskBody } from '../tasks/tasks.fixture.ts';
import { displayNames, personName } from './display-names.repository.ts';

const REPORTER = 'Lê Văn Cường (TTYT huyện Đăk Hà)';
const STAFF = 'Nguyễn Văn An (Phòng KHTC)';
const LEADER = 'Trần Thị Bình (Giám đốc Sở)';

/** People appear by their display names (with their titles) wherever the API says who did something. */
describe.each(DIALECTS)('who did it, by name, on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  let staff: TestClient;
  let leader: TestClient;
  const form = { dataSet: 'BTN_THANG', orgUnit: '615', period: '202311' };
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-02T02:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615', { displayName: REPORTER });
    staff = await signedIn(t, 'chuyenvien', 'staff', '62', { displayName: STAFF });
    leader = await signedIn(t, 'lanhdao', 'leader', '62', { displayName: LEADER });
  });
  afterAll(() => t.close());

  it('names who changed a cell, submitted and approved a form', async () => {
    expect((await dakHa.request('PUT', '/api/data-values', { ...form, dataElement: 'TCM_CASES', value: '4' })).statusCode).toBe(200);
    const query = new URLSearchParams({ dataElement: 'TCM_CASES', orgUnit: '615', period: '202311' });
    const audit = (await staff.request('GET', `/api/data-values/audit?${query}`)).json().audit;
    expect(audit[0]).toMatchObject({ action: 'CREATE', changedBy: REPORTER });

    expect((await dakHa.request('POST', '/api/forms/submit', form)).statusCode).toBe(200);
    expect((await leader.request('POST', '/api/forms/approve', form)).statusCode).toBe(200);
    const workflow = (await staff.request('GET', `/api/forms?${new URLSearchParams(form)}`)).json().workflow;
    expect(workflow).toMatchObject({ submittedBy: REPORTER, approvedBy: LEADER });
  });

  it('names who assigned a task in the unit’s notice, and who commented in its history', async () => {
    const id = await createTask(leader, taskBody('Rà soát ổ dịch sốt xuất huyết', '615'));
    const notices: NotificationView[] = (await dakHa.request('GET', '/api/notifications')).json().notifications;
    const assigned = notices.find((n) => n.link === `/nhiem-vu/${id}`)!;
    expect(assigned.body).toContain(`Người giao: ${LEADER}.`);
    expect(assigned.body).not.toContain('lanhdao');
    const comment = await leader.request('POST', `/api/tasks/${id}/updates`, { kind: 'COMMENT', text: 'Đẩy nhanh tiến độ.' });
    expect(comment.json().updates[0]).toMatchObject({ kind: 'COMMENT', createdBy: LEADER });
  });

  it('names who last wrote a report and each version’s writer', async () => {
    const created = await staff.request('POST', '/api/reports/instances', { org: '62', period: '202311' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ updatedBy: STAFF });
    const listed = (await leader.request('GET', '/api/reports/instances?org=62&period=202311')).json();
    expect(JSON.stringify(listed)).toContain(STAFF);
    expect(JSON.stringify(listed)).not.toContain('"chuyenvien"');
    const versions = (await leader.request('GET', `/api/reports/instances/${created.json().id}/versions`)).json().versions;
    expect(versions[0]).toMatchObject({ version: 1, createdBy: STAFF });
  });

  it('names who sent a reporting request and who answered it', async () => {
    const request = await createRequest(staff);
    expect(request.createdBy).toBe(STAFF);
    const sent = await submit(dakHa, request.id, '615');
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().submittedBy).toBe(REPORTER);
    const view = (await staff.request('GET', `/api/requests/${request.id}`)).json();
    expect(view.submissions.find((r: { unit: { code: string } }) => r.unit.code === '615')).toMatchObject({ submittedBy: REPORTER });
  });

  it('says in words who wrote a record when no person did, and keeps a name with no account as stored', async () => {
    const nameOf = await displayNames(t.database.db, ['lanhdao', 'demo', 'cli', 'daxoa', null]);
    expect(['lanhdao', 'demo', 'cli', 'daxoa'].map(nameOf)).toEqual([LEADER, 'Dữ liệu mẫu', 'Lệnh syt (máy chủ)', 'daxoa']);
    expect(personName('chuyenvien', STAFF)).toBe(STAFF);
  });
});
