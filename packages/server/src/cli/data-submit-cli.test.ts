import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { setupInstallation } from '../features/install/install.service.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';

const bin = join(resolve(import.meta.dirname, '../../../..'), 'packages/server/bin/syt.mjs');
const run = promisify(execFile);

/** November 2023, long closed by the real clock the CLI runs on: the console operator still submits it. */
const value = (orgUnit: string, dataElement: string, v: string): DataValue => ({ dataElement, categoryOptionCombo: 'default', orgUnit, period: '202311', value: v });
const paperFigures = [value('615', 'SXHD_CASES', '4'), value('615', 'SXHD_DEATHS', '0'), value('612', 'TCM_CASES', '2')];

describe.each(DIALECTS)('syt data import --submit on $name', (dialect) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'syt-submit-'));
  const env = () => ({ ...process.env, DATABASE_URL: database.url });
  const fileOf = (values: DataValue[]) => {
    const file = join(dir, 'giay.json');
    writeFileSync(file, toDataValueSetJson(values));
    return file;
  };
  const stored = async () => Number((await database.db.selectFrom('data_value').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const reports = () =>
    database.db
      .selectFrom('data_set_report as r')
      .innerJoin('org_unit as u', 'u.id', 'r.org_unit_id')
      .select(['u.code', 'r.period', 'r.status', 'r.submitted_by'])
      .orderBy('u.code')
      .execute();

  beforeAll(async () => {
    database = await dialect.create();
    await setupInstallation({ db: database.db, clock: systemClock });
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits non-zero and stores nothing when one form fails a submission check, naming the form and the unit', async () => {
    const bad = fileOf([...paperFigures, value('612', 'SXHD_CASES', '1'), value('612', 'SXHD_DEATHS', '3')]);
    const failure = await run('node', [bin, 'data', 'import', bad, '--submit'], { env: env() }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toContain('lỗi: 1');
    expect(stderr).toMatch(/Biểu mẫu ".+", đơn vị Đăk Tô, kỳ 202311 \(BTN_THANG\): Chưa thể nộp: .*Sốt xuất huyết Dengue/);
    expect(await stored()).toBe(0);
    expect(await reports()).toEqual([]);
  });

  it('submits every form the file fills as the console operator, although the entry window is closed', async () => {
    const res = await run('node', [bin, 'data', 'import', fileOf(paperFigures), '--submit'], { env: env() });
    expect(res.stderr).toContain('Đã nhập: 3, cập nhật: 0, bỏ qua: 0, đã xóa: 0, lỗi: 0');
    expect(res.stderr).toContain('Đã đánh dấu đã nộp 2 biểu mẫu:');
    expect(res.stderr).toMatch(/ {2}- .+ — Đăk Hà, kỳ 202311\n {2}- .+ — Đăk Tô, kỳ 202311\n/);
    expect(await reports()).toEqual([
      { code: '612', period: '202311', status: 'SUBMITTED', submitted_by: 'cli' },
      { code: '615', period: '202311', status: 'SUBMITTED', submitted_by: 'cli' },
    ]);
  });

  it('leaves the values as drafts without the option', async () => {
    const res = await run('node', [bin, 'data', 'import', fileOf([value('611', 'TCM_CASES', '5')])], { env: env() });
    expect(res.stderr).toContain('Đã nhập: 1');
    expect(res.stderr).not.toContain('đã nộp');
    expect((await reports()).map((r) => r.code)).toEqual(['612', '615']);
  });
});
