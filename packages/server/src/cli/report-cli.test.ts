import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { syt } from '../test/syt-cli.ts';

const value = (dataElement: string, orgUnit: string, period: string, v: number) => ({ dataElement, categoryOptionCombo: 'default', orgUnit, period, value: String(v) });

describe.each(DIALECTS)('syt report monthly on $name', (dialect) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'syt-report-'));
  beforeAll(async () => {
    database = await dialect.create();
    expect((await syt(database.url, 'setup', '--admin-password', 'mat-khau-quan-tri')).code).toBe(0);
    const file = join(dir, 'values.json');
    writeFileSync(file, toDataValueSetJson([value('TCM_CASES', '608', '202311', 9), value('TCM_CASES', '615', '202311', 4), value('SXHD_CASES', '612', '202310', 12)]));
    expect((await syt(database.url, 'data', 'import', file)).code).toBe(0);
  }, 120_000);
  afterAll(() => database.drop());

  it('prints the text report, written fresh from the imported values', async () => {
    const res = await syt(database.url, 'report', 'monthly', '--org', '62', '--period', '202311', '--format', 'text');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('BÁO CÁO');
    expect(res.stdout).toMatch(/tình hình thực hiện nhiệm vụ tháng 11 năm 2023 và nhiệm vụ công tác trọng tâm tháng 12 năm 2023/i);
    expect(res.stderr).toContain('viết mới từ số liệu');
  });

  it('writes JSON and .docx files with -o', async () => {
    const json = join(dir, 'r.json');
    expect((await syt(database.url, 'report', 'monthly', '--org', '62', '--period', '202311', '--format', 'json', '-o', json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ kind: 'monthly', period: '202311', orgUnit: { code: '62' } });
    const docx = join(dir, 'r.docx');
    expect((await syt(database.url, 'report', 'monthly', '--org', '62', '--period', '202311', '--format', 'docx', '-o', docx)).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('lists the forms it lacks on stderr and names their units in the report (1 of 10 districts submitted)', async () => {
    const db = openDatabase(database.url);
    try {
      const id = async (table: 'data_set' | 'org_unit', code: string) => (await db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
      await db.insertInto('data_set_report').values({
        data_set_id: await id('data_set', 'BTN_THANG'), org_unit_id: await id('org_unit', '615'), period: '202311', status: 'SUBMITTED',
        submitted_at: '2023-12-04T02:00:00.000Z', submitted_by: 'dakha', approved_at: null, approved_by: null, reopen_reason: null, updated_at: '2023-12-04T02:00:00.000Z',
      }).execute();
    } finally {
      await db.destroy();
    }
    const res = await syt(database.url, 'report', 'monthly', '--org', '62', '--period', '202311', '--format', 'text');
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('Chưa nhận được báo cáo tháng 11/2023 (số liệu của các biểu mẫu này không được tính):');
    expect(res.stderr).toContain('  - BTN_THANG · Sa Thầy (616): chưa có số liệu');
    expect(res.stderr).toContain('  - BTN_THANG · Thành phố Kon Tum (608): đang nhập, chưa gửi');
    expect(res.stderr).not.toContain('Đăk Hà (615)');
    expect(res.stdout).toContain('Số liệu tháng 11/2023 tổng hợp từ báo cáo của 01/10 đơn vị (chưa nhận được báo cáo của thành phố Kon Tum, huyện Đăk Tô,');
    expect(res.stdout).toContain('Trong tháng, ghi nhận 04 ca mắc mới tại huyện Đăk Hà');
    expect(res.stdout).not.toMatch(/không ghi nhận|giảm|so với tháng trước/u);

    const drafts = await syt(database.url, 'report', 'monthly', '--org', '62', '--period', '202311', '--format', 'text', '--include-drafts');
    expect(drafts.stderr).toContain('Có tính số liệu chưa gửi (tạm tính) của: Thành phố Kon Tum (BTN_THANG)');
    expect(drafts.stdout).toContain('Trong tháng, ghi nhận 13 ca mắc mới');
  });

  it('counts the form states the installation setting names', async () => {
    expect((await syt(database.url, 'report', 'settings')).stderr).toContain('Tính các biểu mẫu: đã gửi, đã duyệt.');
    const bad = await syt(database.url, 'report', 'settings', '--counted-states', 'submitted,maybe');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('- --counted-states: Trạng thái "maybe" không hợp lệ');
    const set = await syt(database.url, 'report', 'settings', '--counted-states', 'draft,submitted,approved');
    expect(set.stderr).toContain('Tính các biểu mẫu: đang nhập, chưa gửi, đã gửi, đã duyệt.');
    const res = await syt(database.url, 'report', 'monthly', '--org', '62', '--period', '202311', '--format', 'text');
    expect(res.stderr).not.toContain('Thành phố Kon Tum (608)');
    expect(res.stdout).toContain('Trong tháng, ghi nhận 13 ca mắc mới');
    expect((await syt(database.url, 'report', 'settings', '--counted-states', 'submitted,approved')).code).toBe(0);
  });

  it.each([
    [['--org', '62', '--period', '2023-11'], 'period'],
    [['--org', '999', '--period', '202311'], 'org'],
    [['--org', '62', '--period', '202311', '--format', 'exe'], '--format'],
    [['--period', '202311'], '--org'],
  ])('exits 2 with a Vietnamese message on bad input %j', async (args, field) => {
    const res = await syt(database.url, 'report', 'monthly', ...args);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Lỗi: ');
    expect(res.stderr).toContain(`- ${field}:`);
  });
});
