import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';
import { addRequest, addTask } from '../../test/reminder-fixtures.ts';

describe.each(DIALECTS)('"Việc cần làm" on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  let leader: TestClient;
  beforeAll(async () => {
    // 10:00 on 4 December 2023 in Vietnam: November's monthly forms are due tomorrow.
    t = await startTestApp(dialect, new ManualClock('2023-12-04T03:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
    leader = await signedIn(t, 'lanhdao', 'leader', '62');
    await addTask(t.database.db, { title: 'Báo cáo phòng chống sốt rét', lead: '615', due: '2023-12-01' });
    await addTask(t.database.db, { title: 'Kế hoạch năm 2024', lead: '615', due: '2023-12-20' });
    await addTask(t.database.db, { title: 'Việc của Đăk Tô', lead: '612', due: '2023-11-30', status: 'IN_PROGRESS' });
    await addRequest(t.database.db, { subject: 'Báo cáo nhân lực', deadline: '2023-12-06', units: ['615', '612'] });
    await addRequest(t.database.db, { subject: 'Báo cáo trang thiết bị', deadline: '2023-12-01', units: ['612'] });
  });
  afterAll(() => t.close());

  it('lists a Đăk Hà reporter\'s overdue task first, then what is due soon: forms and requests', async () => {
    const res = await dakHa.request('GET', '/api/todo');
    expect(res.statusCode).toBe(200);
    const { items, overdueByUnit } = res.json();
    expect(overdueByUnit).toBeNull();
    // Week 47's form was due on Tuesday 28 November: overdue, before the task due on the 1st.
    expect(items[0]).toMatchObject({ kind: 'FORM', dueDate: '2023-11-28', overdue: true, dueLabel: 'quá hạn 6 ngày' });
    expect(items[1]).toMatchObject({ kind: 'TASK', title: 'Báo cáo phòng chống sốt rét', overdue: true, dueLabel: 'quá hạn 3 ngày', unit: { code: '615' } });
    const kinds = items.map((i: { kind: string }) => i.kind);
    expect(kinds).toContain('FORM');
    expect(items.find((i: { kind: string; overdue: boolean }) => i.kind === 'FORM' && !i.overdue)).toMatchObject({ dueDate: '2023-12-05', dueLabel: 'còn 1 ngày', overdue: false });
    expect(items.find((i: { kind: string }) => i.kind === 'REQUEST')).toMatchObject({ title: 'Báo cáo nhân lực', dueLabel: 'còn 2 ngày' });
    expect(items.map((i: { title: string }) => i.title)).not.toContain('Kế hoạch năm 2024');
    expect(items.map((i: { title: string }) => i.title)).not.toContain('Việc của Đăk Tô');
    expect(items.slice(2).every((i: { overdue: boolean }) => !i.overdue)).toBe(true);
  });

  it('gives a leader the overdue counts by unit, in the units\' official order', async () => {
    const { items, overdueByUnit } = (await leader.request('GET', '/api/todo')).json();
    expect(items).toEqual([]);
    expect(overdueByUnit).toEqual([
      { unit: { code: '615', name: 'Đăk Hà' }, tasks: 1, requests: 0 },
      { unit: { code: '612', name: 'Đăk Tô' }, tasks: 1, requests: 1 },
    ]);
  });
});
