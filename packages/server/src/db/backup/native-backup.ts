import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { AppError } from '../../errors.ts';
import { sqliteHandleOf, type Database } from '../database.ts';
import { atomically } from './backup.service.ts';
import { backupMessages as m } from './backup.messages.ts';

/** SQLite's online backup API: a page-by-page copy, consistent while SYT writes; restored by copying the file back. */
export async function writeSqliteCopy(db: Database, file: string): Promise<void> {
  const sqlite = sqliteHandleOf(db);
  if (!sqlite) throw new AppError(400, 'WRONG_ENGINE', m.sqliteOnly);
  await atomically(file, async (partial) => {
    await sqlite.backup(partial);
  });
}

/** PostgreSQL's own dump (custom format, the current schema only), for pg_restore. */
export async function writePgDump(db: Database, databaseUrl: string, file: string): Promise<void> {
  if (sqliteHandleOf(db)) throw new AppError(400, 'WRONG_ENGINE', m.pgDumpOnly);
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  await atomically(file, (partial) =>
    run('pg_dump', ['--format=custom', `--schema=${rows[0]!.schema}`, `--file=${partial}`, `--dbname=${databaseUrl}`]),
  );
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new AppError(500, 'PG_DUMP_MISSING', m.pgDumpMissing) : e),
    );
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new AppError(500, 'PG_DUMP_FAILED', m.pgDumpFailed(stderr.trim()))),
    );
  });
}
