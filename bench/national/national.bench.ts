/**
 * National scale on PostgreSQL: 34 provinces, 3,321 communes, ~34 million values (generate.ts). Each figure of the
 * project's code path is printed beside a baseline measured in the same run: the raw grouped SELECT of the same rows,
 * or COPY of the same values for the import.
 */
import { availableParallelism, loadavg } from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseDataValueSetJson, toDataValueSetJson } from '../../packages/core/src/interchange/index.ts';
import type { PeriodRange } from '../../packages/core/src/aggregate/index.ts';
import { createPeriod } from '../../packages/core/src/period/index.ts';
import type { AnalyticsQuery } from '../../packages/core/src/api/analytics.ts';
import { systemClock } from '../../packages/server/src/clock.ts';
import type { Database } from '../../packages/server/src/db/database.ts';
import type { Actor } from '../../packages/server/src/features/access/access.policy.ts';
import { itemValues } from '../../packages/server/src/features/aggregate/item-value.service.ts';
import { resolveItem } from '../../packages/server/src/features/aggregate/item.service.ts';
import { importValues } from '../../packages/server/src/features/imports/import.service.ts';
import { runAnalytics } from '../../packages/server/src/features/analytics/analytics.service.ts';
import type { Executor } from '../../packages/server/src/features/metadata/upsert.ts';
import type { Benchmark, Figure } from '../run.ts';
import { nationalDatabase, type NationalDatabase } from './generate.ts';
import { PROVINCES } from './national-units.ts';
import { backendCpu, elapsed, firstAndMedian, processCpu } from '../timing.ts';

/** Ten monthly counts of the disease form. */
export const ELEMENTS = [
  'SXHD_CASES',
  'TCM_CASES',
  'THUYDAU_CASES',
  'QUAIBI_CASES',
  'SOTRET_CASES',
  'TA_CASES',
  'CUM_CASES',
  'TIEUCHAY_CASES',
  'LYTT_CASES',
  'VGB_CASES',
];
/** 2021–2025: five of the six stored years. */
const MONTHS = Array.from({ length: 60 }, (_, i) => createPeriod('Monthly', 2021 + Math.floor(i / 12), (i % 12) + 1));
const MONTH_RANGES: PeriodRange[] = MONTHS.map((m) => ({ from: m, to: m }));
const FROM = MONTHS[0]!.startDate;
const TO = MONTHS[59]!.startDate;
const IMPORT_VALUES = Number(process.env.BENCH_NATIONAL_IMPORT_VALUES ?? 50_000);
/** The day the relative periods would count from (the queries name fixed periods). */
const TODAY = '2026-12-06';
const CONSOLE: Actor = { id: 0, username: 'bench', role: 'admin', scopePath: '/', canEditExpired: true };

/** Skipped on SQLite: the national database lives on PostgreSQL only. */
export const nationalBenchmarks: Benchmark = async (dialect) => {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (dialect.name !== 'postgres' || !base) return [];
  const national = await nationalDatabase(base);
  try {
    return await measure(national);
  } finally {
    await national.db.destroy();
  }
};

async function measure(national: NationalDatabase): Promise<Figure[]> {
  const client = new pg.Client({ connectionString: national.url });
  await client.connect();
  try {
    const out: Figure[] = [
      { name: 'national database: values stored', value: national.values, unit: 'values' },
      // Wall-clock figures grow with whatever else shares the machine: say how busy it was.
      { name: `load average (1 min) on ${availableParallelism()} cores at start`, value: loadavg()[0]!, unit: '' },
    ];
    if (national.generatedMs !== null) {
      out.push({ name: 'national database: generated in', value: national.generatedMs / 60_000, unit: 'min' });
    }
    out.push(
      ...(await pivot(national, client)),
      ...(await drillDown(national, client)),
      ...(await monthly(national, client)),
    );
    out.push(...(await importRate(national, client)));
    return out;
  } finally {
    await client.end();
  }
}

async function provinces(national: NationalDatabase) {
  return national.db
    .selectFrom('org_unit')
    .select(['id', 'code', 'path'])
    .where('level', '=', 1)
    .orderBy('sort_order')
    .execute();
}

/** A query answered by the analytics engine (POST /api/analytics), on the pool or on one transaction's connection. */
const analytics = (db: Executor, query: AnalyticsQuery) => runAnalytics({ db }, CONSOLE, query, TODAY);

/** 10 elements × 34 provinces × 60 months, with the engine's read on one connection before and after 0028. */
async function pivot(national: NationalDatabase, client: pg.Client): Promise<Figure[]> {
  const db = national.db;
  const units = await provinces(national);
  const query: AnalyticsQuery = { dx: ELEMENTS, ou: units.map((u) => u.code), pe: MONTHS.map((m) => m.code) };
  const elementIds = (await db.selectFrom('data_element').select('id').where('code', 'in', ELEMENTS).execute()).map(
    (e) => e.id,
  );
  const raw = () =>
    client.query<{ province: string; element: string; period: string; value: string }>(
      `select p.code as province, e.code as element, v.period, sum(v.value::numeric) as value from data_value v
       join org_unit p on p.id = v.province_id join data_element e on e.id = v.data_element_id
      where v.data_element_id = any($1) and v.period_start between $2 and $3 group by 1, 2, 3`,
      [elementIds, FROM, TO],
    );
  const [first, median] = await firstAndMedian(() => analytics(db, query));
  const [, rawMedian] = await firstAndMedian(raw);
  const rawCpu = await backendCpu(client, raw);
  const [oneConnection, oneConnectionCpu] = await onOneConnection(db, false, (trx) => analytics(trx, query));
  const [before, beforeCpu] = await onOneConnection(db, true, (trx) => analytics(trx, query));
  const [, serviceMedian] = await firstAndMedian(() => aggregateService(national, units), 3);
  const expected = new Map((await raw()).rows.map((r) => [`${r.element}|${r.province}|${r.period}`, Number(r.value)]));
  const cells = (await analytics(db, query)).cells;
  const differing =
    cells.filter((c) => expected.get(`${c.dx}|${c.ou}|${c.pe}`) !== c.value).length +
    Math.abs(expected.size - cells.length);
  return [
    { name: `national pivot ${ELEMENTS.length}×${units.length}×60 (runAnalytics): first`, value: first, unit: 'ms' },
    { name: 'national pivot (runAnalytics): median of 5', value: median, unit: 'ms' },
    { name: 'baseline: raw SELECT sum … GROUP BY, median', value: rawMedian, unit: 'ms' },
    { name: 'baseline: raw SELECT, server CPU', value: rawCpu, unit: 'ms CPU' },
    { name: 'runAnalytics on one connection, median of 3', value: oneConnection.median, unit: 'ms' },
    { name: 'runAnalytics on one connection, server CPU', value: oneConnectionCpu, unit: 'ms CPU' },
    { name: 'before 0028 (series index dropped): median of 3', value: before.median, unit: 'ms' },
    { name: 'before 0028: server CPU', value: beforeCpu, unit: 'ms CPU' },
    {
      name: `aggregate service, ${units.length * ELEMENTS.length} series at once: median of 3`,
      value: serviceMedian,
      unit: 'ms',
    },
    { name: 'check: pivot cells differing from the raw SELECT', value: differing, unit: 'cells' },
  ];
}

/**
 * Some work on one connection, in a transaction rolled back (with the series index dropped when `withoutIndex`: as
 * if migration 0028 had not run): its median of 3 runs, and the server CPU of one more.
 */
async function onOneConnection(db: Database, withoutIndex: boolean, work: (trx: Executor) => Promise<unknown>) {
  let out: [{ median: number }, number] = [{ median: NaN }, NaN];
  await db
    .transaction()
    .execute(async (trx) => {
      if (withoutIndex) await sql`drop index data_value_series_idx`.execute(trx);
      const [, median] = await firstAndMedian(() => work(trx), 3);
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!.pid;
      out = [{ median }, await processCpu(pid, () => work(trx))];
      throw new RolledBack();
    })
    .catch((e: unknown) => {
      if (!(e instanceof RolledBack)) throw e;
    });
  return out;
}

class RolledBack extends Error {}

/** The same pivot as /api/aggregate computes it: one series per province and element, all at once on the pool. */
async function aggregateService(national: NationalDatabase, units: { id: number; path: string }[]) {
  const items = await Promise.all(ELEMENTS.map((e) => resolveItem(national.db, e)));
  return Promise.all(
    units.flatMap((u) =>
      items.map((item) => itemValues(national.db, { provinceId: u.id, path: u.path }, item, MONTH_RANGES)),
    ),
  );
}

/** One province's communes × 12 months of 2025 (`CHILDREN-52`). */
async function drillDown(national: NationalDatabase, client: pg.Client): Promise<Figure[]> {
  const province = (await provinces(national)).find((u) => u.code === '52')!;
  const query: AnalyticsQuery = { dx: ELEMENTS, ou: ['CHILDREN-52'], pe: MONTHS.slice(48).map((m) => m.code) };
  const [first, median] = await firstAndMedian(() => analytics(national.db, query));
  const [, rawMedian] = await firstAndMedian(() =>
    client.query(
      `select org_unit_id, data_element_id, period, sum(value::numeric) from data_value
      where province_id = $1 and data_element_id in (select id from data_element where code = any($2))
        and period_start between '2025-01-01' and '2025-12-01' group by 1, 2, 3`,
      [province.id, ELEMENTS],
    ),
  );
  return [
    { name: `province drill-down (${PROVINCES[22]![1]}), communes × 12 months: first`, value: first, unit: 'ms' },
    { name: 'province drill-down: median of 5', value: median, unit: 'ms' },
    { name: 'baseline: raw SELECT of the province, median', value: rawMedian, unit: 'ms' },
  ];
}

/** The national monthly figures: 10 elements, one month (12/2025), every province. */
async function monthly(national: NationalDatabase, client: pg.Client): Promise<Figure[]> {
  const units = await provinces(national);
  const query: AnalyticsQuery = { dx: ELEMENTS, ou: units.map((u) => u.code), pe: ['202512'] };
  const [first, median] = await firstAndMedian(() => analytics(national.db, query));
  const [, rawMedian] = await firstAndMedian(() =>
    client.query(
      `select province_id, data_element_id, sum(value::numeric) from data_value
      where data_element_id in (select id from data_element where code = any($1)) and period_start = '2025-12-01' group by 1, 2`,
      [ELEMENTS],
    ),
  );
  return [
    { name: 'national monthly figures (10 elements, 12/2025): first', value: first, unit: 'ms' },
    { name: 'national monthly figures: median of 5', value: median, unit: 'ms' },
    { name: 'baseline: raw SELECT of the month, median', value: rawMedian, unit: 'ms' },
  ];
}

/** A month of the forms for the first communes, imported as `syt import` does, then removed again. */
async function importRate(national: NationalDatabase, client: pg.Client): Promise<Figure[]> {
  const db = national.db;
  const cells = await db
    .selectFrom('data_value as v')
    .innerJoin('data_element as e', 'e.id', 'v.data_element_id')
    .innerJoin('category_option_combo as c', 'c.id', 'v.category_option_combo_id')
    .innerJoin('org_unit as o', 'o.id', 'v.org_unit_id')
    .select([
      'e.code as element',
      'c.code as combo',
      'o.code as unit',
      'v.data_element_id',
      'v.category_option_combo_id',
      'v.org_unit_id',
      'v.province_id',
    ])
    .where('v.period', '=', '202512')
    .orderBy('v.org_unit_id')
    .limit(IMPORT_VALUES)
    .execute();
  const values = cells.map((c, i) => ({
    dataElement: c.element,
    categoryOptionCombo: c.combo,
    orgUnit: c.unit,
    period: '202601',
    value: String(i % 7),
  }));
  const input = parseDataValueSetJson(toDataValueSetJson(values));
  const clean = async () => {
    await client.query(`delete from data_value where period = '202601'`);
    await client.query(`delete from data_value_audit where period = '202601'`);
  };
  await clean();
  try {
    const importMs = await elapsed(async () => {
      const summary = await importValues({ db, clock: systemClock }, CONSOLE, input, { dryRun: false });
      if (summary.imported !== values.length) throw new Error(`import stored ${summary.imported} of ${values.length}`);
    });
    await clean();
    const month = createPeriod('Monthly', 2026, 1);
    const lines = cells.map(
      (c, i) =>
        `${c.data_element_id}\t${c.category_option_combo_id}\t${c.org_unit_id}\t202601\t${month.startDate}\t${month.endDate}\t${c.province_id}\t${i % 7}\tbench\t2026-02-01\t2026-02-01\n`,
    );
    // COPY of the same rows into the same table and indexes, rolled back: the engine's own ceiling.
    await client.query('begin');
    const copyMs = await elapsed(() =>
      pipeline(
        Readable.from([lines.join('')]),
        client.query(
          copyFrom(
            'copy data_value (data_element_id, category_option_combo_id, org_unit_id, period, period_start, period_end, province_id, value, stored_by, created_at, updated_at) from stdin',
          ),
        ),
      ),
    );
    await client.query('rollback');
    const importRate = values.length / (importMs / 1000);
    const copyRate = values.length / (copyMs / 1000);
    return [
      { name: `import ${values.length} values into the national database`, value: importRate, unit: 'values/s' },
      { name: 'baseline: COPY of the same rows (rolled back)', value: copyRate, unit: 'rows/s' },
      { name: 'import / COPY ratio', value: importRate / copyRate, unit: '×' },
    ];
  } finally {
    await clean();
  }
}
