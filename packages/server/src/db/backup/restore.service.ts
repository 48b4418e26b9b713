import { sql, type Kysely } from 'kysely';
import { AppError } from '../../errors.ts';
import type { Database } from '../database.ts';
import { TRIGGER_WRITTEN_TABLES } from '../change-counter.ts';
import { isPostgres } from '../dialect.ts';
import { KNOWN_MIGRATIONS, migrateTo, migrateToLatest } from '../migrate.ts';
import { corrupt, openBackup, type BackupHeader } from './backup-file.ts';
import { backupMessages as m } from './backup.messages.ts';
import { appliedMigrations, listTables, type TableInfo } from './catalog.ts';
import { TableChecksum, decodeValue, type DumpValue } from './codec.ts';
import { rowWriter } from './row-writer.ts';
import { checksumOf, readRows } from './snapshot.ts';

/**
 * Loads a logical backup into an empty database of either engine: schema brought to the backup's level, every row
 * inserted in one transaction, checksums verified against the header (a mismatch rolls everything back), then the
 * remaining migrations of this version applied.
 */
export async function restoreBackup(db: Database, file: string): Promise<BackupHeader> {
  const { header, lines } = await openBackup(file);
  try {
    const unknown = header.migrations.find((name) => !KNOWN_MIGRATIONS.includes(name));
    if (unknown) throw new AppError(400, 'BACKUP_TOO_NEW', m.newerBackup(unknown));
    await requireEmpty(db);
    const applied = await appliedMigrations(db);
    if (applied.some((name, i) => header.migrations[i] !== name))
      throw new AppError(409, 'RESTORE_TARGET_AHEAD', m.targetAhead);
    if (header.migrations.length) await migrateTo(db, header.migrations.at(-1)!);
    await db.transaction().execute(async (trx) => {
      const tables = new Map((await listTables(trx)).map((t) => [t.name, t]));
      const deferred: (() => Promise<void>)[] = [];
      for (const expected of header.tables) {
        const rows = await loadTable(trx, tables.get(expected.name), expected, lines);
        if (rows) deferred.push(() => reloadTriggerWritten(trx, tables.get(expected.name)!, rows));
      }
      if (!(await lines.next()).done) throw corrupt('dữ liệu thừa sau bảng cuối');
      // Loading the other tables moved the trigger-written counters (and migrations seeded them): put back the backup's.
      for (const reload of deferred) await reload();
      for (const expected of header.tables) await verify(trx, tables.get(expected.name)!, expected);
      if (isPostgres(trx)) await resetSequences(trx);
    });
  } finally {
    await lines.return(undefined);
  }
  await migrateToLatest(db);
  return header;
}

/** Refuses any database holding a row: a restore never merges into or overwrites an installation. */
async function requireEmpty(db: Kysely<any>): Promise<void> {
  const filled: string[] = [];
  for (const table of await listTables(db)) {
    if (TRIGGER_WRITTEN_TABLES.includes(table.name)) continue;
    const row = await db.selectFrom(table.name).select(sql.lit(1).as('one')).limit(1).executeTakeFirst();
    if (row) filled.push(table.name);
  }
  if (filled.length) throw new AppError(409, 'RESTORE_NOT_EMPTY', m.notEmpty(filled.slice(0, 5).join(', ')));
}

type HeaderTable = BackupHeader['tables'][number];

async function loadTable(
  trx: Kysely<any>,
  table: TableInfo | undefined,
  expected: HeaderTable,
  lines: AsyncGenerator<string>,
) {
  if (!table || table.columns.join() !== expected.columns.join()) throw corrupt(`cấu trúc bảng ${expected.name} khác`);
  if ((await nextLine(lines)) !== JSON.stringify({ table: expected.name }))
    throw corrupt(`thiếu bảng ${expected.name}`);
  const held: unknown[][] | null = TRIGGER_WRITTEN_TABLES.includes(table.name) ? [] : null;
  if (held && expected.rows > MAX_TRIGGER_WRITTEN_ROWS) throw corrupt(`bảng ${expected.name} quá lớn`);
  const writer = held ? null : rowWriter(trx, table);
  const checksum = new TableChecksum();
  for (let i = 0; i < expected.rows; i++) {
    const line = await nextLine(lines);
    checksum.add(line);
    const row = parseRow(line, table.columns.length).map(decodeValue);
    if (held) held.push(row);
    else await writer!.add(row);
  }
  await writer?.finish();
  if (checksum.digest() !== expected.checksum) throw corrupt(`tổng kiểm tra bảng ${expected.name}`);
  return held;
}

/** Trigger-written tables hold a handful of counters; more rows than this is not a backup SYT wrote. */
const MAX_TRIGGER_WRITTEN_ROWS = 10_000;

/** Replaces what migrations and triggers left in a trigger-written table by the backup's rows. */
async function reloadTriggerWritten(trx: Kysely<any>, table: TableInfo, rows: unknown[][]): Promise<void> {
  await trx.deleteFrom(table.name).execute();
  const writer = rowWriter(trx, table);
  for (const row of rows) await writer.add(row);
  await writer.finish();
}

async function nextLine(lines: AsyncGenerator<string>): Promise<string> {
  const next = await lines.next();
  if (next.done) throw corrupt('tệp bị cắt cụt');
  return next.value;
}

function parseRow(line: string, width: number): DumpValue[] {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    throw corrupt('dòng không đọc được');
  }
  if (!Array.isArray(row) || row.length !== width) throw corrupt('dòng sai số cột');
  return row as DumpValue[];
}

/** Reads the loaded table back, as the backup read it, and compares with the header before committing. */
async function verify(trx: Kysely<any>, table: TableInfo, expected: HeaderTable): Promise<void> {
  const checksum = await checksumOf(readRows(trx, table));
  if (checksum.rows !== expected.rows || checksum.digest() !== expected.checksum)
    throw new AppError(500, 'RESTORE_MISMATCH', m.mismatch(table.name));
}

/** Explicit ids leave PostgreSQL's identity sequences behind: move each past the highest id restored. */
async function resetSequences(trx: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ table: string; column: string }>`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = current_schema() and (is_identity = 'YES' or column_default like 'nextval(%')`.execute(trx);
  for (const { table, column } of rows) {
    const sequence = sql`pg_get_serial_sequence(${`"${table}"`}, ${column})`;
    await sql`select setval(${sequence}, coalesce(max(${sql.ref(column)}), 0) + 1, false) from ${sql.table(table)}`.execute(
      trx,
    );
  }
}
