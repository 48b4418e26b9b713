import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { allDictionaryCodes, DICTIONARY_CODES } from '@syt/core/metadata/dictionary-codes.fixture.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../../../..');

/** Runs `npx syt …` from the repository root, as a user would. */
function syt(databaseUrl: string, ...args: string[]) {
  return run('npx', ['syt', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every string in a JSON value, for "does the export mention this code". */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the syt CLI', () => {
  const databases: TestDatabase[] = [];
  const exports = new Map<string, string>();
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });

  it.each(DIALECTS)('`syt setup` then `syt metadata export` on $name holds every dictionary code', async (dialect) => {
    const database = await dialect.create();
    databases.push(database);
    const setup = await syt(database.url, 'setup', '--admin-password', 'mat-khau-quan-tri');
    expect(setup.stderr).toContain('Quản trị viên: admin / mat-khau-quan-tri');
    const { stdout } = await syt(database.url, 'metadata', 'export');
    exports.set(dialect.name, stdout);
    const mentioned = new Set(strings(JSON.parse(stdout)));
    const missing = allDictionaryCodes().filter((code) => !mentioned.has(code));
    expect(missing).toEqual([]);
    const exported = JSON.parse(stdout);
    expect(exported.orgUnits.filter((u: { level: number; type?: string }) => u.level === 2 && !u.type).map((u: { code: string }) => u.code)).toEqual(
      DICTIONARY_CODES.districtsInOrder,
    );
    const values = await database.db.selectFrom('data_value').select('period').execute();
    expect(values).toEqual([]);
  });

  it('produces identical exports on SQLite and PostgreSQL', (ctx) => {
    if (DIALECTS.length < 2) ctx.skip();
    expect(exports.get('postgres')).toBe(exports.get('sqlite'));
  });

  it('re-imports its own export without change, and refuses a broken file, changing nothing', async () => {
    const database = databases[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'syt-cli-'));
    const good = join(dir, 'export.json');
    writeFileSync(good, exports.get(DIALECTS[0]!.name)!);
    await syt(database.url, 'metadata', 'import', good);
    expect((await syt(database.url, 'metadata', 'export')).stdout).toBe(exports.get(DIALECTS[0]!.name));

    const broken = JSON.parse(exports.get(DIALECTS[0]!.name)!);
    broken.dataElements[0].name = 'Tên mới';
    broken.diseases[0].casesElement = 'KHONG_CO';
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify(broken));
    const failure = await syt(database.url, 'metadata', 'import', bad).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('KHONG_CO');
    expect((await syt(database.url, 'metadata', 'export')).stdout).toBe(exports.get(DIALECTS[0]!.name));
  });

  it('creates a user from the command line', async () => {
    const database = databases[0]!;
    const res = await syt(database.url, 'user', 'create', '--username', 'kontum', '--password', 'mat-khau-tp', '--role', 'reporter', '--org', '608');
    expect(res.stderr).toContain('Đã tạo người dùng kontum');
    const row = await database.db.selectFrom('app_user').select(['role']).where('username', '=', 'kontum').executeTakeFirst();
    expect(row).toEqual({ role: 'reporter' });
  });
});
