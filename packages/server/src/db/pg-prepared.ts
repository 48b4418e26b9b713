import { createHash } from 'node:crypto';
import type pg from 'pg';
import { RAW_CLIENT_TEXT, type RawClientWork } from './pg-copy.ts';

/** SQL texts of the hot queries (`reusableQuery`): few and of fixed shape, so each may be a prepared statement. */
const hotTexts = new Set<string>();

/** Marks a query text as one PostgreSQL should parse and plan once per connection. */
export function markHot(text: string): void {
  hotTexts.add(text);
}

const PATCHED = Symbol('syt.preparedStatements');
type Client = pg.PoolClient & { [PATCHED]?: true };

/**
 * The pool Kysely sees, whose connections run the hot queries as named prepared statements: PostgreSQL otherwise
 * parses and plans each of a cell save's statements anew, which cost more than executing them. Only marked texts
 * are named, so the statements a connection keeps stay bounded by the number of hot queries. A query of text
 * RAW_CLIENT_TEXT hands its connection to the work it carries instead (COPY, which Kysely cannot express).
 */
export function withPreparedStatements(pool: pg.Pool) {
  return {
    async connect(): Promise<pg.PoolClient> {
      const client = (await pool.connect()) as Client;
      if (!client[PATCHED]) {
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        (client as { query: unknown }).query = (text: unknown, values?: unknown) =>
          text === RAW_CLIENT_TEXT ? onClient(client, values as [RawClientWork])
            : typeof text === 'string' && hotTexts.has(text) ? query({ name: statementName(text), text, values }) : query(text, values);
        client[PATCHED] = true;
      }
      return client;
    },
    end: () => pool.end(),
  };
}

/** Runs work handed over by `copyRows` on this very connection (Kysely only ever passes SQL text and parameters). */
async function onClient(client: pg.PoolClient, [work]: [RawClientWork]) {
  await work(client);
  return { command: 'COPY', rowCount: 0, rows: [] };
}

const statementName = (text: string) => `syt_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
