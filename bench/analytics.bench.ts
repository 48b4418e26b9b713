// The analytics query at a province's size: a pivot of 10 elements × every unit × 60 months, and a dashboard of 8
// typical queries run at once, each printed beside a raw SELECT of the same stored rows measured in the same run.
import { createPeriod } from '../packages/core/src/period/index.ts';
import type { AnalyticsQuery } from '../packages/core/src/api/analytics.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import type { DataValueRow } from '../packages/server/src/db/schema.ts';
import type { Actor } from '../packages/server/src/features/access/access.policy.ts';
import { runAnalytics } from '../packages/server/src/features/analytics/analytics.service.ts';
import { insertDataValueRows } from '../packages/server/src/features/data-values/data-value.repository.ts';
import { setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import { idsByCode } from '../packages/server/src/features/metadata/upsert.ts';
import { writeOrgUnits } from '../packages/server/src/features/org-units/org-unit.repository.ts';
import { communes, PROVINCE } from './communes.ts';
import type { Benchmark } from './run.ts';
import { firstAndMedian as firstAndMedianOf } from './timing.ts';

const MONTHS = Array.from({ length: 60 }, (_, i) => createPeriod('Monthly', 2019 + Math.floor(i / 12), (i % 12) + 1));
const ELEMENTS = [
  'SXHD_CASES',
  'SXHD_DEATHS',
  'TCM_CASES',
  'TCM_DEATHS',
  'THUYDAU_CASES',
  'QUAIBI_CASES',
  'SOTRET_CASES',
  'TA_CASES',
  'CUM_CASES',
  'TIEUCHAY_CASES',
];
/** Other elements stored at every commune too, so the query must pick its own out. */
const BACKGROUND = [
  'LYTT_CASES',
  'VGB_CASES',
  'SOI_CASES',
  'HOGA_CASES',
  'DAI_CASES',
  'THUONGHAN_CASES',
  'LYAMIP_CASES',
  'VGA_CASES',
  'RUBELLA_CASES',
  'ADENO_CASES',
];
const RUNS = 10;
const ACTOR: Actor = { id: 0, username: 'bench', role: 'staff', scopePath: `/${PROVINCE}/`, canEditExpired: false };
const TODAY = '2024-01-03';

/** The province pivot: 10 elements × the province, its districts, health units and communes × 60 months. */
const PIVOT: AnalyticsQuery = { dx: ELEMENTS, ou: [PROVINCE, 'LEVEL-2', 'LEVEL-3'], pe: MONTHS.map((m) => m.code) };

/** A leader's dashboard: trends, a year-over-year, single values with last year's, a district breakdown. */
const DASHBOARD: AnalyticsQuery[] = [
  { dx: ['SXHD_CASES'], ou: [PROVINCE], pe: ['LAST_12_MONTHS'] },
  { dx: ['TCM_CASES', 'SXHD_CASES'], ou: [PROVINCE], pe: ['LAST_12_MONTHS'] },
  { dx: ['SXHD_CASES'], ou: [PROVINCE], pe: ['MONTHS_THIS_YEAR', 'MONTHS_LAST_YEAR'] },
  { dx: ['SXHD_CASES'], ou: [PROVINCE], pe: ['THIS_MONTH', 'SAME_MONTH_LAST_YEAR'] },
  { dx: ['TCM_CASES'], ou: [PROVINCE], pe: ['THIS_MONTH', 'SAME_MONTH_LAST_YEAR'] },
  { dx: ['SXHD_CASES'], ou: ['CHILDREN-62'], pe: ['LAST_12_MONTHS'] },
  { dx: ELEMENTS.slice(0, 5), ou: ['CHILDREN-62'], pe: ['THIS_YEAR', 'LAST_YEAR'] },
  { dx: ['CUM_CASES', 'TIEUCHAY_CASES'], ou: [PROVINCE], pe: ['LAST_5_YEARS'] },
];

/** 60 months of each element at every commune, written with multi-row inserts in one transaction. */
async function storeMonthly(db: Database, elements: string[]): Promise<number> {
  const elementIds = await idsByCode(db, 'data_element');
  const unitIds = await idsByCode(db, 'org_unit');
  const combo = await db
    .selectFrom('category_option_combo')
    .select('id')
    .where('code', '=', 'default')
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const rows: DataValueRow[] = [];
  for (const [e, element] of elements.entries()) {
    for (const [u, unit] of communes().entries()) {
      for (const [m, month] of MONTHS.entries()) {
        rows.push({
          data_element_id: elementIds.get(element)!,
          category_option_combo_id: combo.id,
          attribute_option_combo_id: 0,
          org_unit_id: unitIds.get(unit.code)!,
          period: month.code,
          period_start: month.startDate,
          period_end: month.endDate,
          province_id: unitIds.get(PROVINCE)!,
          value: String((u * 7 + m * 3 + e) % 23),
          comment: null,
          stored_by: 'bench',
          created_at: now,
          import_id: null,
          updated_at: now,
        });
      }
    }
  }
  await db.transaction().execute((trx) => insertDataValueRows(trx, rows));
  return rows.length;
}

/** The baseline: the stored rows a query reads, selected raw with no grouping and no placing. */
async function rawRows(db: Database, elements: string[], from: string, to: string) {
  const provinceId = (
    await db.selectFrom('org_unit').select('id').where('code', '=', PROVINCE).executeTakeFirstOrThrow()
  ).id;
  return db
    .selectFrom('data_value as v')
    .innerJoin('data_element as e', 'e.id', 'v.data_element_id')
    .select(['v.data_element_id', 'v.org_unit_id', 'v.period', 'v.value'])
    .where('v.province_id', '=', provinceId)
    .where('e.code', 'in', elements)
    .where('v.period_start', '>=', from)
    .where('v.period_start', '<=', to)
    .execute();
}

const firstAndMedian = (work: () => Promise<unknown>) => firstAndMedianOf(work, RUNS);

/** The analytics query over a province of 10 districts × 10 communes, 60 months of 20 elements. */
export const analyticsBenchmarks: Benchmark = async (dialect) => {
  const database = await dialect.create();
  const ctx = { db: database.db };
  try {
    await setupInstallation({ db: database.db, clock: systemClock });
    await writeOrgUnits(database.db, communes());
    const stored = await storeMonthly(database.db, [...ELEMENTS, ...BACKGROUND]);
    const first = MONTHS[0]!.startDate;
    const last = MONTHS.at(-1)!.endDate;
    const pivot = () => runAnalytics(ctx, ACTOR, PIVOT, TODAY);
    const [pivotFirst, pivotMs] = await firstAndMedian(pivot);
    const [, rawMs] = await firstAndMedian(() => rawRows(database.db, ELEMENTS, first, last));
    const dashboard = () => Promise.all(DASHBOARD.map((q) => runAnalytics(ctx, ACTOR, q, TODAY)));
    const [dashboardFirst, dashboardMs] = await firstAndMedian(dashboard);
    const [, dashboardRawMs] = await firstAndMedian(() =>
      Promise.all(DASHBOARD.map((q) => rawRows(database.db, q.dx, '2019-01-01', '2023-12-31'))),
    );
    const table = await pivot();
    return [
      { name: `analytics: ${stored} values stored (20 elements)`, value: stored, unit: 'values' },
      { name: `pivot 10 el. × ${table.items.ou.length} units × 60 months: first`, value: pivotFirst, unit: 'ms' },
      { name: `pivot: median of ${RUNS} (target < 300 ms on SQLite)`, value: pivotMs, unit: 'ms' },
      { name: 'pivot baseline: raw SELECT of its rows, median', value: rawMs, unit: 'ms' },
      { name: 'pivot: cells answered', value: table.cells.length, unit: 'cells' },
      { name: 'dashboard of 8 queries in parallel: first', value: dashboardFirst, unit: 'ms' },
      { name: `dashboard: median of ${RUNS} (target < 1 s)`, value: dashboardMs, unit: 'ms' },
      { name: 'dashboard baseline: 8 raw SELECTs, median', value: dashboardRawMs, unit: 'ms' },
    ];
  } finally {
    await database.drop();
  }
};

// Run alone: `npx tsx bench/analytics.bench.ts` (SQLite, and PostgreSQL when TEST_DATABASE_URL is set).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { DIALECTS } = await import('../packages/server/src/test/dialects.ts');
  for (const dialect of DIALECTS) {
    console.log(`\n== ${dialect.name} ==`);
    for (const f of await analyticsBenchmarks(dialect))
      console.log(`${f.name.padEnd(56)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(12)} ${f.unit}`);
  }
}
