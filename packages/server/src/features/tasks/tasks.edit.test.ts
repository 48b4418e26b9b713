import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { createTask, startTaskTest, taskBody, type TaskTest } from './tasks.fixture.ts';

/** Staff edit a task field by field: what the edit leaves out stays as it was. */
describe.each(DIALECTS)('editing a task on $name', (dialect) => {
  let tt: TaskTest;
  beforeAll(async () => {
    tt = await startTaskTest(dialect);
  }, 120_000);
  afterAll(() => tt.t.close());

  it('changes only the fields sent, and pauses or moves the deadline by hand', async () => {
    const id = await createTask(
      tt.users.staff,
      taskBody('Giám sát tiêm chủng', '615', undefined, { content: 'Tại 05 xã vùng sâu.', coordinating: ['614'] }),
    );
    const renamed = await tt.users.staff.request('PUT', `/api/tasks/${id}`, { title: 'Giám sát tiêm chủng mở rộng' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({
      title: 'Giám sát tiêm chủng mở rộng',
      content: 'Tại 05 xã vùng sâu.',
      coordinating: [{ code: '614' }],
    });

    const paused = await tt.users.staff.request('PUT', `/api/tasks/${id}`, {
      status: 'PAUSED',
      deadline: { kind: 'MONTHLY', day: 10 },
    });
    expect(paused.json()).toMatchObject({
      status: 'PAUSED',
      statusLabel: 'Tạm dừng',
      deadlineLabel: 'Ngày 10 hằng tháng',
      content: 'Tại 05 xã vùng sâu.',
    });
  });

  it('refuses statuses only the system sets, naming the field', async () => {
    const id = await createTask(tt.users.staff, taskBody('Kiểm tra nhà thuốc', '612'));
    const res = await tt.users.staff.request('PUT', `/api/tasks/${id}`, { status: 'DONE' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('status');
  });

  it('stores yearly, half-yearly and on-request deadlines, and refuses a day the month does not have', async () => {
    // The clock stands on 20/12/2023.
    const id = await createTask(tt.users.staff, taskBody('Báo cáo tổng kết năm', '615', { kind: 'YEARLY', month: 12, day: 15 }));
    expect((await tt.users.staff.request('GET', `/api/tasks/${id}`)).json()).toMatchObject({
      deadline: { kind: 'YEARLY', month: 12, day: 15 }, dueDate: '2024-12-15', deadlineLabel: 'Ngày 15/12 hằng năm',
    });
    const half = await tt.users.staff.request('PUT', `/api/tasks/${id}`, { deadline: { kind: 'HALF_YEARLY', day: 31 } });
    expect(half.json()).toMatchObject({ deadline: { kind: 'HALF_YEARLY', day: 31 }, dueDate: '2023-12-31', status: 'NOT_STARTED' });
    const asked = await tt.users.staff.request('PUT', `/api/tasks/${id}`, { deadline: { kind: 'ON_REQUEST' } });
    expect(asked.json()).toMatchObject({ deadline: { kind: 'ON_REQUEST' }, dueDate: null, deadlineLabel: 'Khi có yêu cầu' });
    const bad = await tt.users.staff.request('PUT', `/api/tasks/${id}`, { deadline: { kind: 'YEARLY', month: 2, day: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'deadline.day', message: 'Tháng 2 không có ngày 30.' }]);
    expect((await tt.users.staff.request('GET', `/api/tasks/${id}`)).json().deadline).toEqual({ kind: 'ON_REQUEST' });
  });
});
