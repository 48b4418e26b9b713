import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { createTask, startTaskTest, taskBody, type TaskTest } from './tasks.fixture.ts';

/** Part II of December 2023's report: the open tasks due in January 2024, then the recurring ones. */
describe.each(DIALECTS)('Part II proposed from tasks on $name', (dialect) => {
  let tt: TaskTest;
  beforeAll(async () => {
    tt = await startTaskTest(dialect);
    const staff = tt.users.staff;
    await createTask(staff, taskBody('Tổng kết công tác y tế năm 2023', '615', { kind: 'DATE', date: '2024-01-10' }));
    await createTask(staff, taskBody('Kiểm tra an toàn thực phẩm dịp Tết', '612', { kind: 'DATE', date: '2024-01-25' }));
    await createTask(staff, taskBody('Báo cáo tiến độ tiêm chủng', '615', { kind: 'MONTHLY', day: 5 }));
    await createTask(staff, taskBody('Giám sát dịch bệnh tại cộng đồng', '612', { kind: 'ONGOING' }));
    await createTask(staff, taskBody('Chuẩn bị hội nghị quý I', '615', { kind: 'DATE', date: '2024-02-20' }));
    const done = await createTask(staff, taskBody('Rà soát danh sách trạm y tế', '615', { kind: 'DATE', date: '2024-01-12' }));
    await tt.users.reporter615.request('POST', `/api/tasks/${done}/updates`, { kind: 'PROGRESS', text: 'Xong', status: 'DONE' });
  }, 120_000);
  afterAll(() => tt.t.close());

  const expected = ['Tổng kết công tác y tế năm 2023', 'Kiểm tra an toàn thực phẩm dịp Tết', 'Báo cáo tiến độ tiêm chủng', 'Giám sát dịch bệnh tại cộng đồng'];

  it('proposes them when the report is created, and in the fresh document', async () => {
    const fresh = await tt.users.staff.request('GET', '/api/reports/monthly?org=62&period=202312');
    expect(fresh.json().plan.items).toEqual(expected);
    const created = await tt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '202312' });
    expect(created.statusCode).toBe(201);
    expect(created.json().document.plan.items).toEqual(expected);
  });

  it('proposes a district only its own subtree\'s tasks', async () => {
    const res = await tt.users.staff615.request('GET', '/api/reports/monthly?org=615&period=202312');
    expect(res.json().plan.items).toEqual(['Tổng kết công tác y tế năm 2023', 'Báo cáo tiến độ tiêm chủng']);
  });
});
