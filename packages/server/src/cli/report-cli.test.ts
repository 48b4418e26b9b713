import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../../../..');

/** Runs `npx syt …` from the repository root, as a user would; a failure resolves with its exit code. */
function syt(databaseUrl: string, ...args: string[]) {
  return run('npx', ['syt', ...args], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 64 * 1024 * 1024 })
    .then((r) => ({ ...r, code: 0 }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));
}

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
