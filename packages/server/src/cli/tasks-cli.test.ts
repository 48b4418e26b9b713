import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrgUnitByCode } from '../features/org-units/org-unit.repository.ts';
import { insertTask } from '../features/tasks/tasks.repository.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { syt } from '../test/syt-cli.ts';

describe.each(DIALECTS)('syt tasks list on $name', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await dialect.create();
    expect((await syt(database.url, 'setup', '--admin-password', 'mat-khau-quan-tri')).code).toBe(0);
    const at = '2023-12-01T02:00:00.000Z';
    const task = async (title: string, lead: string, deadline: { kind: 'DATE'; date: string } | { kind: 'ONGOING' }, draft = 0) =>
      insertTask(database.db, {
        directive_id: null, group_heading: null, title, content: '', field: 'PHONG_BENH', lead_org_unit_id: (await findOrgUnitByCode(database.db, lead))!.id,
        deadline_kind: deadline.kind, deadline_date: deadline.kind === 'DATE' ? deadline.date : null, deadline_day: null, deadline_month: null,
        due_date: deadline.kind === 'DATE' ? deadline.date : null, status: 'NOT_STARTED', draft, created_at: at, created_by: 'cv', updated_at: at, updated_by: 'cv',
      });
    await task('Tổng kết năm 2023', '615', { kind: 'DATE', date: '2024-01-15' });
    await task('Giám sát dịch\tthường xuyên', '612', { kind: 'ONGOING' });
    await task('Bản nháp chưa duyệt', '615', { kind: 'ONGOING' }, 1);
  }, 120_000);
  afterAll(() => database.drop());

  it('prints confirmed tasks as a tab-separated table', async () => {
    const res = await syt(database.url, 'tasks', 'list');
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines[0]).toEqual(['Số', 'Trạng thái', 'Hạn', 'Đơn vị chủ trì', 'Nhiệm vụ']);
    expect(lines.slice(1)).toEqual([
      ['1', 'Quá hạn', '15/01/2024', expect.any(String), 'Tổng kết năm 2023'],
      ['2', 'Chưa thực hiện', 'Thường xuyên', expect.any(String), 'Giám sát dịch thường xuyên'],
    ]);
  });

  it('filters overdue tasks and one unit\'s tasks; prints JSON', async () => {
    const overdue = await syt(database.url, 'tasks', 'list', '--overdue');
    expect(overdue.stdout.trimEnd().split('\n')).toHaveLength(2);
    const unit = await syt(database.url, 'tasks', 'list', '--unit', '612', '--format', 'json');
    expect(JSON.parse(unit.stdout).map((t: { lead: { code: string } }) => t.lead.code)).toEqual(['612']);
  });

  it.each([
    [['--unit', '999'], '--unit'],
    [['--format', 'xml'], '--format'],
  ])('exits 2 with a Vietnamese message on bad input %j', async (args, field) => {
    const res = await syt(database.url, 'tasks', 'list', ...args);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`- ${field}:`);
  });

  it('exits 2 on an unknown option', async () => {
    expect((await syt(database.url, 'tasks', 'list', '--bogus')).code).toBe(2);
  });
});
