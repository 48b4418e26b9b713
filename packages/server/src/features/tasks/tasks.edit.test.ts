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
});
