/** The fastest raw load of the same rows on each engine: the baseline the import is measured against. */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyText } from '../../packages/server/src/db/pg-copy.ts';
import type { TestDatabase } from '../../packages/server/src/test/dialects.ts';
import { elapsed } from '../timing.ts';

/** SQLite: one prepared statement run per row in one transaction, on a connection set up as the server's. */
export function preparedInsertMs(database: TestDatabase, columns: readonly string[], rows: unknown[][]): Promise<number> {
  const sqlite = new SQLite(database.url.slice('sqlite:'.length));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('cache_size = -65536');
  const insert = sqlite.prepare(`insert into data_value (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
  return elapsed(async () => {
    sqlite.transaction(() => {
      for (const r of rows) insert.run(...r);
    })();
  }).finally(() => sqlite.close());
}

/** PostgreSQL: `COPY data_value FROM STDIN` of the rows in one transaction, streamed in COPY's text format. */
export async function copyMs(database: TestDatabase, columns: readonly string[], rows: unknown[][]): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await elapsed(async () => {
      await client.query('begin');
      await pipeline(Readable.from(copyText(rows)), client.query(copyFrom(`copy data_value (${columns.join(', ')}) from stdin`)));
      await client.query('commit');
    });
  } finally {
    await client.end();
  }
}

/** PostgreSQL: one prepared single-row insert per row, each waiting for its answer (the former baseline). */
export async function singleRowInsertMs(database: TestDatabase, columns: readonly string[], rows: unknown[][]): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const text = `insert into data_value (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
  try {
    return await elapsed(async () => {
      await client.query('begin');
      for (const r of rows) await client.query({ name: 'raw_insert', text, values: r });
      await client.query('commit');
    });
  } finally {
    await client.end();
  }
}
