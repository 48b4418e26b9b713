import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../errors.ts';
import { backupMessages as m } from './backup.messages.ts';

export const FORMAT = 'syt-backup';
export const FORMAT_VERSION = 1;

/** The first line of a backup: enough to check the file before touching the database. */
export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  /** The SYT version that wrote it. */
  syt: string;
  engine: 'sqlite' | 'postgres';
  createdAt: string;
  /** Migrations applied to the source, oldest first: the schema level the rows belong to. */
  migrations: string[];
  /** In load order (referenced tables first), each with its row count and checksum (codec.ts). */
  tables: { name: string; columns: string[]; rows: number; checksum: string }[];
}

export const corrupt = (detail: string) => new AppError(400, 'BACKUP_CORRUPT', m.corrupt(detail));

/** Opens a logical backup: its header, checked, and the lines after it (a table marker, then that table's rows). */
export async function openBackup(file: string): Promise<{ header: BackupHeader; lines: AsyncGenerator<string> }> {
  await refuseNativeCopies(file);
  const lines = readLines(file);
  const first = await lines.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value);
  } catch {
    await lines.return(undefined);
    throw new AppError(400, 'NOT_A_BACKUP', m.notBackup);
  }
  if (
    header?.format !== FORMAT ||
    header.version !== FORMAT_VERSION ||
    !Array.isArray(header.tables) ||
    !Array.isArray(header.migrations)
  ) {
    await lines.return(undefined);
    throw new AppError(400, 'NOT_A_BACKUP', m.notBackup);
  }
  return { header, lines };
}

/** A SQLite file or a pg_dump archive is restored by the engine's own tools; say so instead of "corrupt". */
async function refuseNativeCopies(file: string): Promise<void> {
  const handle = await open(file, 'r');
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
  await handle.close();
  const start = buffer.subarray(0, bytesRead).toString('latin1');
  if (start.startsWith('SQLite format 3')) throw new AppError(400, 'NATIVE_BACKUP', m.sqliteCopy);
  if (start.startsWith('PGDMP')) throw new AppError(400, 'NATIVE_BACKUP', m.pgDumpCopy);
}

/** The file's lines, decompressed as they are read; a damaged or cut-off gzip stream fails as a corrupt backup. */
async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const input = createReadStream(file);
  input.on('error', (e) => gunzip.destroy(e)).pipe(gunzip);
  gunzip.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      yield* parts;
    }
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (rest !== '') throw corrupt('incomplete last line');
}
