/**
 * Issue 15's acceptance figure: 1,000,000 DHIS2 values imported into an empty table, beside the engine's fastest raw
 * load of the same rows measured in the same run (SQLite: one prepared statement in one transaction; PostgreSQL:
 * COPY FROM STDIN). Only the ratio compares across runs: the machine is shared.
 */
import { availableParallelism, loadavg } from 'node:os';
import { sql } from 'kysely';
import { parseDataValueSetJson } from '../packages/core/src/interchange/index.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { DATA_VALUE_COLUMNS } from '../packages/server/src/features/data-values/data-value.repository.ts';
import { createUserRow, setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import type { TestDatabase } from '../packages/server/src/test/dialects.ts';
import { copyMs, preparedInsertMs, singleRowInsertMs } from './dhis2-import/baselines.ts';
import { dhis2Json, prepareMetadata, uidsByCode } from './dhis2-import/values.ts';
import type { Benchmark, Figure } from './run.ts';
import { elapsed } from './timing.ts';

const COUNT = Number(process.env.BENCH_IMPORT_VALUES ?? 1_000_000);
/** Rows of the single-row baseline: a round trip each, so a sample is enough for its rate. */
const SINGLE_ROWS = Math.min(COUNT, 100_000);
const PASSWORD = 'mat-khau-do-hieu-nang';
const COLUMNS = [...DATA_VALUE_COLUMNS, 'follow_up'];

export const dhis2ImportBenchmarks: Benchmark = async (dialect) => {
  const load = loadavg()[0]!;
  const database = await fresh(dialect);
  let importMs: number;
  let parseMs: number;
  let rows: unknown[][];
  try {
    const text = dhis2Json(COUNT, await uidsByCode(database.db));
    parseMs = await elapsed(async () => parseDataValueSetJson(text));
    importMs = await postedMs(database, text);
    rows = await rowsOf(dialect, database);
  } finally {
    await database.drop();
  }
  const rawMs = await withFresh(dialect, (db) => (dialect.name === 'sqlite' ? preparedInsertMs(db, COLUMNS, rows) : copyMs(db, COLUMNS, rows)));
  const rate = (ms: number, n = COUNT) => n / (ms / 1000);
  const figures: Figure[] = [
    { name: `load average (1 min) on ${availableParallelism()} cores at start`, value: load, unit: '' },
    { name: `POST /api/dataValueSets, ${COUNT} values (JSON, UIDs)`, value: rate(importMs), unit: 'values/s' },
    { name: '  of which reading the JSON', value: parseMs / 1000, unit: 's' },
    { name: dialect.name === 'sqlite' ? 'baseline: prepared insert, one transaction' : 'baseline: COPY FROM STDIN', value: rate(rawMs), unit: 'rows/s' },
    { name: 'import / baseline (target ≥ 0.5)', value: rawMs / importMs, unit: '×' },
  ];
  if (dialect.name === 'postgres') {
    const singleMs = await withFresh(dialect, (db) => singleRowInsertMs(db, COLUMNS, rows.slice(0, SINGLE_ROWS)));
    figures.push({ name: `single-row inserts, ${SINGLE_ROWS} rows (former baseline)`, value: rate(singleMs, SINGLE_ROWS), unit: 'rows/s' });
  }
  return figures;
};

/**
 * The file sent to the real app in-process, as a DHIS2 script sends it (HTTP Basic, raw JSON body), by an admin who
 * may enter past periods; the import limit is raised for it by configuration (the default stays 20 MB).
 */
async function postedMs(database: TestDatabase, text: string): Promise<number> {
  const ctx = { db: database.db, clock: systemClock };
  await createUserRow(ctx, { username: 'bench', displayName: 'bench', role: 'admin', orgUnitCode: '62', canEditExpired: true }, PASSWORD);
  const config = loadConfig({}, { logLevel: 'silent', webDist: '/nonexistent', importMaxBytes: Buffer.byteLength(text) + 1024 });
  const app = await buildApp({ ...ctx, config });
  try {
    const authorization = `Basic ${Buffer.from(`bench:${PASSWORD}`).toString('base64')}`;
    let answer = '';
    const ms = await elapsed(async () => {
      const res = await app.inject({ method: 'POST', url: '/api/dataValueSets', payload: text, headers: { authorization, 'content-type': 'application/json' } });
      answer = res.body;
    });
    const imported = (JSON.parse(answer) as { response?: { importCount?: { imported?: number } } }).response?.importCount?.imported;
    if (imported !== COUNT) throw new Error(`stored ${imported} of ${COUNT}: ${answer.slice(0, 600)}`);
    return ms;
  } finally {
    await app.close();
  }
}

/** An installed demo database with the bench's communes: the import and each baseline start from the same state. */
async function fresh(dialect: Parameters<Benchmark>[0]): Promise<TestDatabase> {
  const database = await dialect.create();
  await setupInstallation({ db: database.db, clock: systemClock });
  await prepareMetadata(database.db);
  return database;
}

async function withFresh<T>(dialect: Parameters<Benchmark>[0], work: (db: TestDatabase) => Promise<T>): Promise<T> {
  const database = await fresh(dialect);
  try {
    return await work(database);
  } finally {
    await database.drop();
  }
}

/** The stored rows in column order and in the order they were written (the file's), as the baselines replay them. */
async function rowsOf(dialect: Parameters<Benchmark>[0], database: TestDatabase): Promise<unknown[][]> {
  // Key order would make the baseline fill every index at random places: slower than the import, so not fair to it.
  const written = sql.raw(dialect.name === 'sqlite' ? 'rowid' : 'ctid');
  const rows = await database.db.selectFrom('data_value').selectAll().orderBy(written).execute();
  return rows.map((r) => COLUMNS.map((c) => (r as Record<string, unknown>)[c]));
}
