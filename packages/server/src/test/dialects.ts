import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.ts';

/** A fresh, empty database of one engine, and how to throw it away. */
export interface TestDatabase {
  db: Database;
  url: string;
  drop(): Promise<void>;
}

export interface TestDialect {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

const sqlite: TestDialect = {
  name: 'sqlite',
  async create() {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'syt-test-')), 'test.db')}`;
    const db = openDatabase(url);
    return { db, url, drop: () => db.destroy() };
  },
};

/** Each PostgreSQL test database is a schema of its own in TEST_DATABASE_URL, dropped afterwards. */
function postgres(baseUrl: string): TestDialect {
  return {
    name: 'postgres',
    async create() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const url = withSearchPath(baseUrl, schema);
      const db = openDatabase(url);
      return {
        db,
        url,
        async drop() {
          await db.destroy();
          const c = new pg.Client({ connectionString: baseUrl });
          await c.connect();
          await c.query(`DROP SCHEMA ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  };
}

/** A connection URL whose sessions use the given schema. */
export function withSearchPath(baseUrl: string, schema: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set. Every integration suite runs once per entry. */
export const DIALECTS: TestDialect[] = [
  sqlite,
  ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : []),
];
