import { performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { parseDataValueSetJson, toDataValueSetJson } from '../packages/core/src/interchange/index.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import type { Actor } from '../packages/server/src/features/access/access.policy.ts';
import { DATA_VALUE_COLUMNS } from '../packages/server/src/features/data-values/data-value.repository.ts';
import { importValues } from '../packages/server/src/features/imports/import.service.ts';
import { setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import type { TestDatabase } from '../packages/server/src/test/dialects.ts';
import { manyValues } from '../packages/server/src/test/value-fixtures.ts';
import type { Benchmark } from './run.ts';

const COUNT = Number(process.env.BENCH_IMPORT_VALUES ?? 1_000_000);
const CONSOLE: Actor = { id: 0, username: 'bench', role: 'admin', scopePath: '/', canEditExpired: true };
const COLUMNS = [...DATA_VALUE_COLUMNS];

/** A 1,000,000-value JSON import against the raw insert rate of the same rows (prepared statement, one transaction). */
export const importBenchmarks: Benchmark = async (dialect) => {
  const database = await dialect.create();
  try {
    await setupInstallation({ db: database.db, clock: systemClock });
    // A million values of the demo's eleven units reach back nearly a century: let the units exist that long.
    await database.db.updateTable('org_unit').set({ opening_date: '1900-01-01' }).execute();
    const text = toDataValueSetJson(manyValues(COUNT));
    const start = performance.now();
    const summary = await importValues({ db: database.db, clock: systemClock }, CONSOLE, parseDataValueSetJson(text), {
      dryRun: false,
    });
    const importMs = performance.now() - start;
    if (summary.imported !== COUNT)
      throw new Error(
        `import stored ${summary.imported} of ${COUNT}: ${JSON.stringify(summary.conflicts.slice(0, 3))}`,
      );
    const rows = await rowsOf(database);
    // The raw insert gets a fresh database of its own, as the import had: neither starts with a grown file.
    const fresh = await dialect.create();
    let rawMs: number;
    try {
      await setupInstallation({ db: fresh.db, clock: systemClock });
      rawMs = dialect.name === 'sqlite' ? rawSqlite(fresh, rows) : await rawPostgres(fresh, rows);
    } finally {
      await fresh.drop();
    }
    const bare = dialect.name === 'sqlite' ? await rawWithoutUnitSeriesIndex(dialect, rows) : null;
    const importRate = COUNT / (importMs / 1000);
    const rawRate = COUNT / (rawMs / 1000);
    return [
      { name: `import ${COUNT} values (JSON, with audit)`, value: importRate, unit: 'values/s' },
      { name: 'raw prepared insert, one transaction', value: rawRate, unit: 'rows/s' },
      { name: 'import / raw insert ratio', value: importRate / rawRate, unit: '×' },
      ...(bare === null
        ? []
        : [
            { name: 'raw insert without the 0029 analytics index', value: COUNT / (bare / 1000), unit: 'rows/s' },
            { name: 'raw insert: with / without that index', value: bare / rawMs, unit: '×' },
          ]),
    ];
  } finally {
    await database.drop();
  }
};

/** The raw insert into a schema without SQLite's analytics index (migration 0029): what that index costs a write. */
async function rawWithoutUnitSeriesIndex(dialect: Parameters<Benchmark>[0], rows: unknown[][]): Promise<number> {
  const fresh = await dialect.create();
  try {
    await setupInstallation({ db: fresh.db, clock: systemClock });
    await sql`drop index data_value_unit_series_idx`.execute(fresh.db);
    return rawSqlite(fresh, rows);
  } finally {
    await fresh.drop();
  }
}

/** The stored rows, as the raw insert replays them. */
async function rowsOf(database: TestDatabase) {
  const rows = await database.db.selectFrom('data_value').selectAll().execute();
  return rows.map((r) => COLUMNS.map((c) => (r as Record<string, unknown>)[c]));
}

function rawSqlite(database: TestDatabase, rows: unknown[][]): number {
  const sqlite = new SQLite(database.url.slice('sqlite:'.length));
  // The same settings as the server's own connection (db/database.ts).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('cache_size = -65536');
  const insert = sqlite.prepare(
    `insert into data_value (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const start = performance.now();
  sqlite.transaction(() => {
    for (const r of rows) insert.run(...r);
  })();
  const ms = performance.now() - start;
  sqlite.close();
  return ms;
}

async function rawPostgres(database: TestDatabase, rows: unknown[][]): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const text = `insert into data_value (${COLUMNS.join(', ')}) values (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
  const start = performance.now();
  await client.query('begin');
  for (const r of rows) await client.query({ name: 'raw_insert', text, values: r });
  await client.query('commit');
  const ms = performance.now() - start;
  await client.end();
  return ms;
}
