import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { databaseHint } from './connection-errors.ts';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../bin/syt.mjs');

describe('what the operator reads when the database cannot be reached', () => {
  it('gives the createdb line for a missing PostgreSQL database, built from DATABASE_URL', () => {
    const hint = databaseHint({ code: '3D000' }, 'postgres://syt@db.local:6543/syt_kontum');
    expect(hint).toBe(
      'Cơ sở dữ liệu "syt_kontum" chưa có trên máy chủ PostgreSQL db.local:6543. Hãy tạo trước rồi chạy lại lệnh, ví dụ: createdb -h db.local -p 6543 -U syt syt_kontum',
    );
  });

  it('says a refused connection means no server there, and leaves other errors and SQLite alone', () => {
    expect(databaseHint({ code: 'ECONNREFUSED' }, 'postgresql://localhost/syt')).toContain('localhost:5432');
    expect(databaseHint(new Error('boom'), 'postgres://localhost/syt')).toBeNull();
    expect(databaseHint({ code: '3D000' }, 'sqlite:data/syt.db')).toBeNull();
    expect(databaseHint({ code: '3D000' }, undefined)).toBeNull();
  });

  // The driver's real answer, from the PostgreSQL server the integration tests use.
  const servers = process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [];
  it.each(servers)('`syt setup` on a database that does not exist prints the hint, not the driver line', async (base) => {
    const url = new URL(base);
    url.pathname = '/syt_chua_tao_kiem_thu';
    url.search = '';
    const failed = await run('node', [bin, 'setup'], { env: { ...process.env, DATABASE_URL: url.toString() } }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Cơ sở dữ liệu "syt_chua_tao_kiem_thu" chưa có trên máy chủ PostgreSQL');
    expect(failed.stderr).toContain('createdb');
    expect(failed.stderr).toContain('syt_chua_tao_kiem_thu');
    expect(failed.stderr).not.toContain('does not exist');
  });
});
