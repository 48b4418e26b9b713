/**
 * Issue 15's acceptance figure: 1,000,000 DHIS2 values imported into an empty table, beside the engine's fastest raw
 * load of the same rows measured in the same run (SQLite: one prepared statement in one transaction; PostgreSQL:
 * COPY FROM STDIN). Only the ratio compares across runs: the machine is shared.
 */
import { availableParallelism, loadavg } from 'node:os';
import { sql } from 'kysely';
import { parseDataValueSetJson } from '../packages/core/src/interchange/index.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import type { Actor } from '../packages/server/src/features/access/access.policy.ts';
import { DATA_VALUE_COLUMNS } from '../packages/server/src/features/data-values/data-value.repository.ts';
import { importValues } from '../packages/server/src/features/imports/import.service.ts';
import { setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import type { TestDatabase } from '../packages/server/src/test/dialects.ts';
import { copyMs, preparedInsertMs, singleRowInsertMs } from './dhis2-import/baselines.ts';
import { dhis2Json, prepareMetadata } from './dhis2-import/values.ts';
import type { Benchmark, Figure } from './run.ts';
import { elapsed } from './timing.ts';

const COUNT = Number(process.env.BENCH_IMPORT_VALUES ?? 1_000_000);
/** Rows of the single-row baseline: a round trip each, so a sample is enough for its rate. */
const SINGLE_ROWS = Math.min(COUNT, 100_000);
const ADMIN: Actor = { id: 0, username: 'bench', role: 'admin', scopePath: '/', canEditExpired: true };
const COLUMNS = [...DATA_VALUE_COLUMNS, 'follow_up'];

export const dhis2ImportBenchmarks: Benchmark = async (dialect) => {
  const load = loadavg()[0]!;
  const text = dhis2Json(COUNT);
  const database = await fresh(dialect);
  let importMs: number;
  let rows: unknown[][];
  try {
    const parseMs = await elapsed(async () => parseDataValueSetJson(text));
    importMs = await elapsed(async () => {
      const summary = await importValues({ db: database.db, clock: systemClock }, ADMIN, parseDataValueSetJson(text), { dryRun: false });
      if (summary.imported !== COUNT) throw new Error(`stored ${summary.imported} of ${COUNT}: ${JSON.stringify(summary.conflicts.slice(0, 3))}`);
    });
    rows = await rowsOf(dialect, database);
    console.log(`  (parse alone: ${(parseMs / 1000).toFixed(1)} s of ${(importMs / 1000).toFixed(1)} s)`);
  } finally {
    await database.drop();
  }
  const rawMs = await withFresh(dialect, (db) => (dialect.name === 'sqlite' ? preparedInsertMs(db, COLUMNS, rows) : copyMs(db, COLUMNS, rows)));
  const rate = (ms: number, n = COUNT) => n / (ms / 1000);
  const figures: Figure[] = [
    { name: `load average (1 min) on ${availableParallelism()} cores at start`, value: load, unit: '' },
    { name: `DHIS2 import, ${COUNT} values (JSON, with audit)`, value: rate(importMs), unit: 'values/s' },
    { name: dialect.name === 'sqlite' ? 'baseline: prepared insert, one transaction' : 'baseline: COPY FROM STDIN', value: rate(rawMs), unit: 'rows/s' },
    { name: 'DHIS2 import / baseline (target ≥ 0.5)', value: importMs === 0 ? 0 : rawMs / importMs, unit: '×' },
  ];
  if (dialect.name === 'postgres') {
    const singleMs = await withFresh(dialect, (db) => singleRowInsertMs(db, COLUMNS, rows.slice(0, SINGLE_ROWS)));
    figures.push({ name: `single-row inserts, ${SINGLE_ROWS} rows (former baseline)`, value: rate(singleMs, SINGLE_ROWS), unit: 'rows/s' });
  }
  return figures;
};

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
