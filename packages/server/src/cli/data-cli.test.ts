import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { setupInstallation } from '../features/install/install.service.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { manyValues } from '../test/value-fixtures.ts';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const bin = join(repoRoot, 'packages/server/bin/syt.mjs');
const run = promisify(execFile);

describe.each(DIALECTS)('syt data import/export on $name', (dialect) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'syt-data-'));
  const env = () => ({ ...process.env, DATABASE_URL: database.url });
  const fingerprint = async () =>
    (await sql<{ n: number; s: number }>`select count(*) as n, coalesce(sum(cast(value as integer)), 0) as s from data_value`.execute(database.db)).rows.map((r) => ({ n: Number(r.n), s: Number(r.s) }))[0];

  beforeAll(async () => {
    database = await dialect.create();
    await setupInstallation({ db: database.db, clock: systemClock });
  });
  afterAll(() => database.drop());

  it('imports a file, prints the summary, and exports it back', async () => {
    const file = join(dir, 'small.json');
    writeFileSync(file, toDataValueSetJson(manyValues(500)));
    const res = await run('node', [bin, 'data', 'import', file], { env: env() });
    expect(res.stderr).toContain('Đã nhập: 500, cập nhật: 0, bỏ qua: 0, đã xóa: 0, lỗi: 0');
    const out = join(dir, 'out.csv');
    const exported = await run('node', [bin, 'data', 'export', '--org', '62', '--descendants', '--period', '202312', '--format', 'csv', '-o', out], { env: env() });
    expect(exported.stderr).toContain('Đã xuất 500 giá trị.');
    expect(existsSync(out)).toBe(true);
  });

  it('exits non-zero and changes nothing when a row is refused, naming it', async () => {
    const before = await fingerprint();
    const values = manyValues(600);
    values[550] = { ...values[550]!, value: '-4' };
    const file = join(dir, 'bad.json');
    writeFileSync(file, toDataValueSetJson(values));
    const failure = await run('node', [bin, 'data', 'import', file], { env: env() }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('Giá trị thứ 551');
    expect(await fingerprint()).toEqual(before);
  });

  it('prints every refused row, past the 1,000 the web answer lists (as the README promises)', async () => {
    const values = manyValues(1_200).map((v) => ({ ...v, dataElement: 'KHONG_CO' }));
    const file = join(dir, 'all-bad.json');
    writeFileSync(file, toDataValueSetJson(values));
    const failure = await run('node', [bin, 'data', 'import', file], { env: env(), maxBuffer: 16 * 1024 * 1024 }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    const listed = (failure as { stderr: string }).stderr.split('\n').filter((line) => line.includes('(KHONG_CO)'));
    expect(listed).toHaveLength(1_200);
    expect(listed.at(-1)).toContain('Giá trị thứ 1200');
  });

  it('leaves the database exactly as before when the import of 200,000 values is killed halfway', async () => {
    const before = await fingerprint();
    const file = join(dir, 'big.json');
    writeFileSync(file, toDataValueSetJson(manyValues(200_000).map((v) => ({ ...v, value: String(Number(v.value) + 1) }))));
    const child = spawn('node', [bin, 'data', 'import', file], { env: env(), stdio: 'ignore' });
    const exited = new Promise<number | null>((ok) => child.once('exit', (_code, signal) => ok(signal ? -1 : _code)));
    await waitForWrites(database, dialect.name);
    child.kill('SIGKILL');
    expect(await exited).toBe(-1);
    expect(await fingerprint()).toEqual(before);
    // The same file, left to finish, is stored whole: the kill interrupted an import that would have succeeded.
    const done = await run('node', [bin, 'data', 'import', file], { env: env() });
    expect(done.stderr).toContain('lỗi: 0');
    expect((await fingerprint())!.n).toBe(before!.n - 500 + 200_000);
  }, 240_000);
});

/** Waits until the import is inside its write transaction: rows are being written but not committed. */
async function waitForWrites(database: TestDatabase, engine: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (engine === 'sqlite') {
      const wal = `${database.url.slice('sqlite:'.length)}-wal`;
      if (existsSync(wal) && statSync(wal).size > 4 * 1024 * 1024) return;
    } else {
      const active = await sql<{ n: number }>`select count(*) as n from pg_stat_activity where state = 'active' and query ilike 'insert into "data_value"%'`.execute(database.db);
      if (Number(active.rows[0]!.n) > 0) return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the import never started writing');
}
