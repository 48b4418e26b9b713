/** PostgreSQL's COPY text format, and COPY FROM STDIN on the connection a Kysely transaction holds. */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from './schema.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Rows of COPY text per chunk handed to the stream: big enough to amortise, small enough to stay off the heap. */
const LINES_PER_CHUNK = 5_000;

/** One field in COPY's text format: `\N` for null, backslash escapes for the characters the format reserves. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, escape) : text;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escape = (c: string) => ESCAPES[c]!;

/** Rows (arrays in column order) as chunks of COPY text lines. */
export function* copyText(rows: Iterable<readonly unknown[]>): Generator<string> {
  let chunk = '';
  let lines = 0;
  for (const row of rows) {
    chunk += row.map(field).join('\t') + '\n';
    if (++lines === LINES_PER_CHUNK) {
      yield chunk;
      chunk = '';
      lines = 0;
    }
  }
  if (chunk) yield chunk;
}

/** The text a query carries to reach the raw connection (see `withPreparedStatements`); never sent to the server. */
export const RAW_CLIENT_TEXT = '-- syt: raw client';

/** Work on the pg client under a Kysely transaction: the one connection the transaction holds, for COPY. */
export type RawClientWork = (client: pg.PoolClient) => Promise<void>;

/** `COPY table (columns) FROM STDIN` of the rows on the transaction's connection. */
export async function copyRows(trx: Executor, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void> {
  const work: RawClientWork = async (client) => {
    const stream = client.query(copyFrom(`copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`));
    await pipeline(Readable.from(copyText(rows)), stream);
  };
  await trx.executeQuery(CompiledQuery.raw(RAW_CLIENT_TEXT, [work]));
}
