import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync, type Gzip } from 'node:zlib';
import type { Database } from '../database.ts';
import { FORMAT, FORMAT_VERSION, type BackupHeader } from './backup-file.ts';
import { encodeValue, TableChecksum } from './codec.ts';
import { withSnapshot, type Snapshot } from './snapshot.ts';

const SYT_VERSION: string = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;

/**
 * Writes a logical backup of every table to `file`: gzip'd lines, a header (counts and checksums) then each table's
 * rows, all read in one snapshot. The rows go to a side file first because the header needs their checksums; the
 * result appears under its name only when complete.
 */
export async function writeLogicalBackup(db: Database, file: string, now = new Date()): Promise<BackupHeader> {
  return atomically(file, async (partial) => {
    const bodyFile = `${partial}.rows`;
    try {
      const body = createGzip();
      const written = pipeline(body, createWriteStream(bodyFile));
      written.catch(() => {}); // awaited below; an early failure surfaces from the snapshot instead
      let header: BackupHeader;
      try {
        header = await withSnapshot(db, async (snapshot) => ({
          format: FORMAT,
          version: FORMAT_VERSION,
          syt: SYT_VERSION,
          engine: snapshot.engine,
          createdAt: now.toISOString(),
          migrations: snapshot.migrations,
          tables: await dumpTables(snapshot, body),
        }));
      } catch (error) {
        body.destroy();
        throw error;
      }
      body.end();
      await written;
      // The header goes first as a gzip member of its own; gunzip reads concatenated members as one stream.
      const out = createWriteStream(partial);
      out.write(gzipSync(`${JSON.stringify(header)}\n`));
      await pipeline(createReadStream(bodyFile), out);
      return header;
    } finally {
      await rm(bodyFile, { force: true });
    }
  });
}

async function dumpTables(snapshot: Snapshot, body: Gzip): Promise<BackupHeader['tables']> {
  const tables: BackupHeader['tables'] = [];
  for (const table of snapshot.tables) {
    await write(body, `${JSON.stringify({ table: table.name })}\n`);
    const checksum = new TableChecksum();
    for await (const batch of snapshot.rows(table)) {
      let chunk = '';
      for (const row of batch) {
        const line = JSON.stringify(row.map(encodeValue));
        checksum.add(line);
        chunk += `${line}\n`;
      }
      await write(body, chunk);
    }
    tables.push({ name: table.name, columns: table.columns, rows: checksum.rows, checksum: checksum.digest() });
  }
  return tables;
}

/** Writes with backpressure, so a slow disk holds the reader back instead of filling memory. */
async function write(stream: Gzip, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Runs `produce` on a temporary file beside `file`, flushes it to disk, then renames it: no half-written backup. */
export async function atomically<T>(file: string, produce: (partial: string) => Promise<T>): Promise<T> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    const result = await produce(partial);
    const handle = await open(partial, 'r+');
    await handle.sync();
    await handle.close();
    await rename(partial, file);
    return result;
  } finally {
    await rm(partial, { force: true });
  }
}

/** A file's size in megabytes, for the summary line. */
export async function megabytes(file: string): Promise<string> {
  return ((await stat(file)).size / 1024 / 1024).toFixed(1);
}
