import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('submission, approval and completeness on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  let staff: TestClient;
  let leader: TestClient;
  const form = { dataSet: 'BTN_THANG', orgUnit: '615', period: '202311' };
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-02T02:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
    staff = await signedIn(t, 'canbo', 'staff', '62');
    leader = await signedIn(t, 'lanhdao', 'leader', '62');
  });
  afterAll(() => t.close());

  const put = (dataElement: string, value: string) => dakHa.request('PUT', '/api/data-values', { ...form, dataElement, value });
  const status = async () => (await staff.request('GET', `/api/forms?${new URLSearchParams(form)}`)).json().workflow.status;

  it('opens the form laid out in grids, with its entry window', async () => {
    const res = await dakHa.request('GET', `/api/forms?${new URLSearchParams(form)}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.window).toMatchObject({ dueDate: '2023-12-05', closesOn: '2023-12-20', state: 'OPEN', editable: true });
    expect(body.workflow).toMatchObject({ status: 'NOT_STARTED', label: 'Chưa nhập' });
    const firstBlock = body.dataSet.sections[0].blocks[0];
    expect(firstBlock.columns).toEqual(['Số mắc', 'Tử vong']);
    expect(firstBlock.rows[0].label).toBe('Bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (COVID-19)');
  });

  it('blocks submission while a HIGH rule fails, naming it', async () => {
    await put('SXHD_CASES', '2');
    await put('SXHD_DEATHS', '3');
    expect(await status()).toBe('IN_PROGRESS');
    const res = await dakHa.request('POST', '/api/forms/submit', form);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('VALIDATION_BLOCKS_SUBMIT');
    expect(res.json().error.details[0].message).toContain('Sốt xuất huyết Dengue');
    const violations = (await dakHa.request('GET', `/api/forms/validation?${new URLSearchParams(form)}`)).json().violations;
    expect(violations).toEqual([expect.objectContaining({ importance: 'HIGH', left: 3, right: 2, operator: '<=' })]);
  });

  it('submits on time, then locks values once approved', async () => {
    await put('SXHD_DEATHS', '0');
    const submitted = await dakHa.request('POST', '/api/forms/submit', form);
    expect(submitted.statusCode).toBe(200);
    expect(await status()).toBe('SUBMITTED_ON_TIME');
    expect((await put('SXHD_CASES', '5')).json().error.code).toBe('FORM_SUBMITTED');
    expect((await dakHa.request('POST', '/api/forms/approve', form)).statusCode).toBe(403);
    const approved = await leader.request('POST', '/api/forms/approve', form);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().workflow).toMatchObject({ status: 'APPROVED', approvedBy: 'lanhdao' });
    const locked = await put('SXHD_CASES', '5');
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('PERIOD_LOCKED');
  });

  it('reopens with a reason, after which the unit can edit and resubmit (late)', async () => {
    expect((await staff.request('POST', '/api/forms/reopen', { ...form, reason: '' })).statusCode).toBe(400);
    const reopened = await staff.request('POST', '/api/forms/reopen', { ...form, reason: 'Bổ sung số liệu xã Đăk Mar' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().workflow).toMatchObject({ status: 'IN_PROGRESS', reopenReason: 'Bổ sung số liệu xã Đăk Mar' });
    expect((await put('SXHD_CASES', '5')).statusCode).toBe(200);
    t.clock.advanceMinutes(60 * 24 * 4);
    await dakHa.login('dakha');
    await staff.login('canbo');
    expect((await dakHa.request('POST', '/api/forms/submit', form)).statusCode).toBe(200);
    expect(await status()).toBe('SUBMITTED_LATE');
  });

  it('shows completeness for every district with the reporting rate', async () => {
    const res = await staff.request('GET', '/api/completeness?dataSet=BTN_THANG&period=202311');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.rows.map((r: { orgUnit: { code: string } }) => r.orgUnit.code)).toEqual(['608', '615', '612', '611', '610', '617', '614', '613', '616', '618']);
    const dakHaRow = body.rows.find((r: { orgUnit: { code: string } }) => r.orgUnit.code === '615');
    expect(dakHaRow).toMatchObject({ status: 'SUBMITTED_LATE', label: 'Nộp muộn', onTime: false });
    expect(body.summary).toMatchObject({ expected: 10, submitted: 1, onTime: 0, overdue: 9, reportingRate: 10, onTimeRate: 0 });
    const own = await dakHa.request('GET', '/api/completeness?dataSet=BTN_THANG&period=202311');
    expect(own.json().rows.map((r: { orgUnit: { code: string } }) => r.orgUnit.code)).toEqual(['615']);
  });
});
