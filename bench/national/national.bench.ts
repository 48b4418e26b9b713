/**
 * National scale on PostgreSQL: 34 provinces, 3,321 communes, ~34 million values (generate.ts). Each figure of the
 * project's code path is printed beside a baseline measured in the same run: the raw grouped SELECT of the same rows,
 * or COPY of the same values for the import.
 */
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseDataValueSetJson, toDataValueSetJson } from '../../packages/core/src/interchange/index.ts';
import type { PeriodRange } from '../../packages/core/src/aggregate/index.ts';
import { createPeriod } from '../../packages/core/src/period/index.ts';
import { systemClock } from '../../packages/server/src/clock.ts';
import type { Actor } from '../../packages/server/src/features/access/access.policy.ts';
import { monthFigures } from '../../packages/server/src/features/aggregate/aggregate.service.ts';
import { itemValues } from '../../packages/server/src/features/aggregate/item-value.service.ts';
import { resolveItem } from '../../packages/server/src/features/aggregate/item.service.ts';
import { importValues } from '../../packages/server/src/features/imports/import.service.ts';
import { figureRows } from '../../packages/server/src/features/reports/report-figures.repository.ts';
import type { Benchmark, Figure } from '../run.ts';
import { nationalDatabase, type NationalDatabase } from './generate.ts';
import { PROVINCES } from './national-units.ts';
import { backendCpu, elapsed, firstAndMedian } from './timing.ts';

/** Ten monthly counts of the disease form. */
export const ELEMENTS = ['SXHD_CASES', 'TCM_CASES', 'THUYDAU_CASES', 'QUAIBI_CASES', 'SOTRET_CASES', 'TA_CASES', 'CUM_CASES',
  'TIEUCHAY_CASES', 'LYTT_CASES', 'VGB_CASES'];
/** 2021–2025: five of the six stored years. */
const MONTHS = Array.from({ length: 60 }, (_, i) => createPeriod('Monthly', 2021 + Math.floor(i / 12), (i % 12) + 1));
const MONTH_RANGES: PeriodRange[] = MONTHS.map((m) => ({ from: m, to: m }));
const FROM = MONTHS[0]!.startDate;
const TO = MONTHS[59]!.startDate;
const IMPORT_VALUES = Number(process.env.BENCH_NATIONAL_IMPORT_VALUES ?? 50_000);
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
    out.push(...(await pivot(national, client)), ...(await drillDown(national, client)), ...(await monthly(national, client)));
    out.push(...(await importRate(national, client)));
    return out;
  } finally {
    await client.end();
  }
}

async function provinces(national: NationalDatabase) {
  return national.db.selectFrom('org_unit').select(['id', 'code', 'path']).where('level', '=', 1).orderBy('sort_order').execute();
}

/** 10 elements × 34 provinces × 60 months: the aggregate service per province and element, all at once. */
async function pivot(national: NationalDatabase, client: pg.Client): Promise<Figure[]> {
  const db = national.db;
  const units = await provinces(national);
  const items = await Promise.all(ELEMENTS.map((e) => resolveItem(db, e)));
  const series = items.map((i) => (i.kind === 'element' ? i.series : null)!);
  const cells = async () => {
    const values = await Promise.all(units.flatMap((u) => items.map((item) => itemValues(db, { provinceId: u.id, path: u.path }, item, MONTH_RANGES))));
    return values.flat();
  };
  const raw = () => client.query(
    `select province_id, data_element_id, period, sum(value::numeric) as value from data_value
      where data_element_id = any($1) and period_start between $2 and $3 group by 1, 2, 3`, [series.map((s) => s.elementId), FROM, TO]);
  // The aggregate repository's query (sumPerPeriod), one province and element after another on one connection.
  const oneByOne = async () => {
    for (const u of units) {
      for (const s of series) {
        await client.query(
          `select v.period, sum(cast(v.value as double precision)) from data_value v join org_unit ou on ou.id = v.org_unit_id
            where v.province_id = $1 and ou.path like $2 escape '!' and v.data_element_id = $3
              and v.category_option_combo_id = any($4) and v.period_start >= $5 and v.period_start <= $6
            group by v.period order by v.period`, [u.id, `${u.path}%`, s.elementId, s.optionComboIds, FROM, TO]);
      }
    }
  };
  const [first, median] = await firstAndMedian(cells);
  const [, rawMedian] = await firstAndMedian(raw);
  const [, sequentialMedian] = await firstAndMedian(oneByOne, 3);
  const sequentialCpu = await backendCpu(client, oneByOne);
  const rawCpu = await backendCpu(client, raw);
  const [withoutIndex, withoutIndexCpu] = await withoutSeriesIndex(client, async () => [(await firstAndMedian(oneByOne, 3))[1], await backendCpu(client, oneByOne)]);
  const [rawWithoutIndex, rawWithoutIndexCpu] = await withoutSeriesIndex(client, async () => [(await firstAndMedian(raw, 3))[1], await backendCpu(client, raw)]);
  const apiTotal = (await cells()).reduce<number>((s, v) => s + (v ?? 0), 0);
  const rawTotal = (await raw()).rows.reduce((s, r) => s + Number(r.value), 0);
  return [
    { name: `national pivot ${ELEMENTS.length}×${units.length}×60 (aggregate service): first`, value: first, unit: 'ms' },
    { name: 'national pivot (aggregate service): median of 5', value: median, unit: 'ms' },
    { name: 'baseline: raw SELECT sum … GROUP BY, median', value: rawMedian, unit: 'ms' },
    { name: 'baseline: raw SELECT, server CPU', value: rawCpu, unit: 'ms CPU' },
    { name: `its ${units.length * series.length} queries on one connection, median`, value: sequentialMedian, unit: 'ms' },
    { name: `its ${units.length * series.length} queries on one connection, server CPU`, value: sequentialCpu, unit: 'ms CPU' },
    { name: 'before 0028 (series index dropped): the queries, median', value: withoutIndex, unit: 'ms' },
    { name: 'before 0028: the queries, server CPU', value: withoutIndexCpu, unit: 'ms CPU' },
    { name: 'before 0028: raw SELECT, median', value: rawWithoutIndex, unit: 'ms' },
    { name: 'before 0028: raw SELECT, server CPU', value: rawWithoutIndexCpu, unit: 'ms CPU' },
    { name: 'check: pivot total − raw total', value: apiTotal - rawTotal, unit: 'cases' },
  ];
}

/** Some work on one connection as if migration 0028 had not run: its index dropped in a transaction rolled back. */
async function withoutSeriesIndex<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    await client.query('drop index data_value_series_idx');
    return await work();
  } finally {
    await client.query('rollback');
  }
}

/** One province's communes × 12 months: the province report's grouped figure rows (every form cell). */
async function drillDown(national: NationalDatabase, client: pg.Client): Promise<Figure[]> {
  const [province] = (await provinces(national)).filter((u) => u.code === '52');
  const unit = { id: province!.id, code: province!.code, path: province!.path };
  const query = { provinceId: unit.id, unit, start: '2025-01-01', end: '2025-12-01' };
  const [first, median] = await firstAndMedian(() => figureRows(national.db, query));
  const [, rawMedian] = await firstAndMedian(() => client.query(
    `select org_unit_id, data_element_id, category_option_combo_id, period, sum(value::numeric) from data_value
      where province_id = $1 and period_start between $2 and $3 group by 1, 2, 3, 4`, [unit.id, query.start, query.end]));
  return [
    { name: `province drill-down (${PROVINCES[22]![1]}), communes × 12 months: first`, value: first, unit: 'ms' },
    { name: 'province drill-down: median of 5', value: median, unit: 'ms' },
    { name: 'baseline: raw SELECT of the province, median', value: rawMedian, unit: 'ms' },
  ];
}

/** The monthly report's five figures of 10 elements for the whole country (12/2025). */
async function monthly(national: NationalDatabase, client: pg.Client): Promise<Figure[]> {
  const db = national.db;
  const units = await provinces(national);
  const items = await Promise.all(ELEMENTS.map((e) => resolveItem(db, e)));
  const month = createPeriod('Monthly', 2025, 12);
  const figures = () => Promise.all(units.flatMap((u) => items.map((item) => monthFigures(db, { provinceId: u.id, path: u.path }, item, month))));
  const [first, median] = await firstAndMedian(figures);
  const [, rawMedian] = await firstAndMedian(() => client.query(
    `select data_element_id, sum(value::numeric) from data_value
      where data_element_id = any($1) and period_start = $2 group by 1`, [items.map((i) => i.kind === 'element' ? i.series.elementId : 0), month.startDate]));
  return [
    { name: 'national monthly figures (10 elements, 5 spans): first', value: first, unit: 'ms' },
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
    .select(['e.code as element', 'c.code as combo', 'o.code as unit', 'v.data_element_id', 'v.category_option_combo_id', 'v.org_unit_id', 'v.province_id'])
    .where('v.period', '=', '202512')
    .orderBy('v.org_unit_id')
    .limit(IMPORT_VALUES)
    .execute();
  const values = cells.map((c, i) => ({ dataElement: c.element, categoryOptionCombo: c.combo, orgUnit: c.unit, period: '202601', value: String(i % 7) }));
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
    const lines = cells.map((c, i) => `${c.data_element_id}\t${c.category_option_combo_id}\t${c.org_unit_id}\t202601\t${month.startDate}\t${month.endDate}\t${c.province_id}\t${i % 7}\tbench\t2026-02-01\t2026-02-01\n`);
    // COPY of the same rows into the same table and indexes, rolled back: the engine's own ceiling.
    await client.query('begin');
    const copyMs = await elapsed(() => pipeline(Readable.from([lines.join('')]), client.query(copyFrom(
      'copy data_value (data_element_id, category_option_combo_id, org_unit_id, period, period_start, period_end, province_id, value, stored_by, created_at, updated_at) from stdin'))));
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
