/**
 * The national database for `bench/national`: the project's schema (its own migrations), the default metadata package,
 * 34 provinces with 3,321 communes, and six years of both monthly forms at every commune (2020–2025, ~34 million
 * values, 97% of the disease counts zero as real reports are), approved. Loaded with COPY FROM STDIN into a database
 * of its own (`syt_national` on the server BENCH_DATABASE_URL or TEST_DATABASE_URL names), so tests are not disturbed;
 * a database already holding exactly these rows is reused. Run alone: `npm run bench:national`.
 */
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DEFAULT_PACKAGE } from '../../packages/core/src/metadata/default-package.ts';
import { createPeriod, type Period } from '../../packages/core/src/period/index.ts';
import { openDatabase, type Database } from '../../packages/server/src/db/database.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { importMetadata } from '../../packages/server/src/features/metadata/metadata.service.ts';
import { nationalOrgUnits } from './national-units.ts';

export const MONTHLY_DATA_SETS = ['BTN_THANG', 'HOATDONG_THANG'] as const;
/** Six years stored, so that a five-year query picks its months out of more. */
export const MONTHS: Period[] = Array.from({ length: 72 }, (_, i) =>
  createPeriod('Monthly', 2020 + Math.floor(i / 12), (i % 12) + 1),
);
const STAMP = '2026-01-01T00:00:00.000Z';

/** A form cell: one element with one of its option combos. */
interface Cell {
  dataSetId: number;
  elementId: number;
  comboId: number;
  disease: boolean;
}
export interface NationalDatabase {
  db: Database;
  url: string;
  values: number;
  generatedMs: number | null;
}

/** The national database's URL on the same server as a PostgreSQL URL. */
export function nationalUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.pathname = '/syt_national';
  url.searchParams.delete('options');
  return url.toString();
}

/** The generated national database, built first when missing or different (takes minutes). */
export async function nationalDatabase(
  baseUrl: string,
  log = (line: string) => console.error(line),
): Promise<NationalDatabase> {
  const url = nationalUrl(baseUrl);
  await createDatabaseIfMissing(baseUrl);
  const db = await migrated(baseUrl, url, log);
  const unitCount = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const units = nationalOrgUnits(MONTHLY_DATA_SETS);
  if (Number(unitCount.n) !== units.orgUnits.length) await importMetadata(db, { ...DEFAULT_PACKAGE, ...units });
  const cells = await formCells(db);
  const communes = await communeRows(db);
  const expected = cells.length * communes.length * MONTHS.length;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const stored = Number((await client.query('select count(*) as n from data_value')).rows[0].n);
    if (stored === expected) {
      log(`national database reused: ${stored} values`);
      return { db, url, values: stored, generatedMs: null };
    }
    log(
      `generating ${expected} values (${communes.length} communes × ${MONTHS.length} months × ${cells.length} cells)…`,
    );
    const start = performance.now();
    await load(client, cells, communes, log);
    const generatedMs = performance.now() - start;
    log(`generated in ${(generatedMs / 60_000).toFixed(1)} min`);
    return { db, url, values: expected, generatedMs };
  } finally {
    await client.end();
  }
}

/** The database at the latest schema; one a migration cannot bring there (built by other code) is made anew. */
async function migrated(baseUrl: string, url: string, log: (line: string) => void): Promise<Database> {
  let db = openDatabase(url);
  try {
    await migrateToLatest(db);
    return db;
  } catch (error) {
    log(`national database dropped, its schema cannot be migrated: ${String(error)}`);
    await db.destroy();
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query('drop database syt_national');
    await admin.query('create database syt_national');
    await admin.end();
    db = openDatabase(url);
    await migrateToLatest(db);
    return db;
  }
}

async function createDatabaseIfMissing(baseUrl: string) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    const found = await admin.query(`select 1 from pg_database where datname = 'syt_national'`);
    if (found.rowCount === 0) await admin.query('create database syt_national');
  } finally {
    await admin.end();
  }
}

/** Every (element, option combo) of the monthly forms, numeric ones only. */
async function formCells(db: Database): Promise<Cell[]> {
  const rows = await db
    .selectFrom('data_set as ds')
    .innerJoin('data_set_section as s', 's.data_set_id', 'ds.id')
    .innerJoin('data_set_section_element as l', 'l.section_id', 's.id')
    .innerJoin('data_element as e', 'e.id', 'l.data_element_id')
    .innerJoin('category_option_combo as c', 'c.category_combo_id', 'e.category_combo_id')
    .select(['ds.id as dataSetId', 'ds.code as dataSet', 'e.id as elementId', 'c.id as comboId'])
    .where('ds.code', 'in', [...MONTHLY_DATA_SETS])
    .where('e.value_type', '<>', 'TEXT')
    .orderBy('e.id')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    dataSetId: r.dataSetId,
    elementId: r.elementId,
    comboId: r.comboId,
    disease: r.dataSet === 'BTN_THANG',
  }));
}

async function communeRows(db: Database) {
  return db
    .selectFrom('org_unit as c')
    .innerJoin('org_unit as p', 'p.id', 'c.parent_id')
    .select(['c.id', 'p.id as provinceId'])
    .where('c.level', '=', 2)
    .orderBy('c.id')
    .execute();
}

/** Empties both tables, drops their indexes, COPYs the rows in, rebuilds the indexes, vacuums and analyses. */
async function load(
  client: pg.Client,
  cells: Cell[],
  communes: { id: number; provinceId: number }[],
  log: (l: string) => void,
) {
  await client.query('truncate data_value, data_set_report');
  // The load's own settings: no foreign-key triggers per row (ids come from the database), bigger sort memory.
  await client.query(`set session_replication_role = replica`);
  await client.query(`set maintenance_work_mem = '1GB'`);
  const indexes = await dropIndexes(client, ['data_value', 'data_set_report']);
  let t = performance.now();
  await pipeline(
    Readable.from(valueLines(cells, communes, log)),
    client.query(
      copyFrom(
        'copy data_value (data_element_id, category_option_combo_id, org_unit_id, period, period_start, period_end, ' +
          'province_id, value, stored_by, created_at, updated_at) from stdin',
      ),
    ),
  );
  log(`COPY data_value: ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const dataSets = [...new Set(cells.map((c) => c.dataSetId))];
  await pipeline(
    Readable.from(reportLines(dataSets, communes)),
    client.query(
      copyFrom(
        'copy data_set_report (data_set_id, org_unit_id, period, status, submitted_at, submitted_by, approved_at, ' +
          'approved_by, updated_at) from stdin',
      ),
    ),
  );
  t = performance.now();
  for (const statement of indexes) await client.query(statement);
  log(`indexes rebuilt: ${((performance.now() - t) / 1000).toFixed(0)} s`);
  await client.query('set session_replication_role = origin');
  // A loaded table's visibility map is empty until vacuumed: index-only scans would still visit every heap page.
  await client.query('vacuum (analyze) data_value');
  await client.query('vacuum (analyze) data_set_report');
}

/** Drops the tables' indexes and primary keys; returns the statements that rebuild them. */
async function dropIndexes(client: pg.Client, tables: string[]): Promise<string[]> {
  const found = await client.query<{ table: string; name: string; def: string; constraint: boolean }>(
    `select t.relname as table, i.relname as name, pg_get_indexdef(x.indexrelid) as def,
            exists (select 1 from pg_constraint k where k.conindid = x.indexrelid) as constraint
       from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      where t.relname = any($1) and t.relnamespace = current_schema()::regnamespace`,
    [tables],
  );
  const rebuild: string[] = [];
  for (const ix of found.rows) {
    if (ix.constraint) {
      const def = await client.query(
        `select pg_get_constraintdef(oid) as def from pg_constraint where conindid = $1::regclass`,
        [ix.name],
      );
      await client.query(`alter table ${ix.table} drop constraint ${ix.name}`);
      rebuild.push(`alter table ${ix.table} add constraint ${ix.name} ${def.rows[0].def}`);
    } else {
      await client.query(`drop index ${ix.name}`);
      rebuild.push(ix.def);
    }
  }
  // Primary keys first: later indexes are then built while the table is already in the cache.
  return rebuild.sort((a, b) => Number(b.startsWith('alter')) - Number(a.startsWith('alter')));
}

/** A small deterministic generator: the same database on every machine. */
function random(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Month after month as units report; disease counts mostly zero, activity counts mostly not. */
async function* valueLines(cells: Cell[], communes: { id: number; provinceId: number }[], log: (l: string) => void) {
  const next = random(62);
  let written = 0;
  for (const month of MONTHS) {
    const fixed = `\t${month.code}\t${month.startDate}\t${month.endDate}\t`;
    for (const unit of communes) {
      let chunk = '';
      for (const cell of cells) {
        const r = next();
        const value = cell.disease ? (r < 0.97 ? 0 : (Math.floor(r * 1000) % 9) + 1) : Math.floor(r * 400);
        chunk += `${cell.elementId}\t${cell.comboId}\t${unit.id}${fixed}${unit.provinceId}\t${value}\tgenerator\t${STAMP}\t${STAMP}\n`;
      }
      written += cells.length;
      yield chunk;
    }
    if (month.code.endsWith('12')) log(`  ${written} values through ${month.code}`);
  }
}

function* reportLines(dataSets: number[], communes: { id: number }[]) {
  for (const month of MONTHS) {
    let chunk = '';
    for (const unit of communes) {
      for (const ds of dataSets)
        chunk += `${ds}\t${unit.id}\t${month.code}\tAPPROVED\t${STAMP}\tgenerator\t${STAMP}\tgenerator\t${STAMP}\n`;
    }
    yield chunk;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base?.startsWith('postgres'))
    throw new Error('BENCH_DATABASE_URL or TEST_DATABASE_URL must name a PostgreSQL server');
  const national = await nationalDatabase(base);
  await national.db.destroy();
}
