import { createPeriod } from '../packages/core/src/period/index.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import type { DataValueRow } from '../packages/server/src/db/schema.ts';
import type { Actor } from '../packages/server/src/features/access/access.policy.ts';
import { aggregate, aggregateMonth } from '../packages/server/src/features/aggregate/aggregate.service.ts';
import { insertDataValueRows } from '../packages/server/src/features/data-values/data-value.repository.ts';
import { setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import { idsByCode } from '../packages/server/src/features/metadata/upsert.ts';
import { writeOrgUnits } from '../packages/server/src/features/org-units/org-unit.repository.ts';
import { communes, COMMUNES_PER_DISTRICT, DISTRICTS, PROVINCE } from './communes.ts';
import type { Benchmark } from './run.ts';
import { elapsed, firstAndMedian as firstAndMedianOf } from './timing.ts';

const MONTHS = Array.from({ length: 60 }, (_, i) => createPeriod('Monthly', 2019 + Math.floor(i / 12), (i % 12) + 1));
const ELEMENT = 'SXHD_CASES';
/** Other monthly elements of the same form, stored at every commune too, so the element must be picked out. */
const BACKGROUND = ['SXHD_DEATHS', 'TCM_CASES', 'TCM_DEATHS', 'THUYDAU_CASES', 'QUAIBI_CASES', 'SOTRET_CASES', 'TA_CASES',
  'CUM_CASES', 'TIEUCHAY_CASES', 'LYTT_CASES', 'VGB_CASES', 'SOI_CASES', 'HOGA_CASES', 'DAI_CASES', 'THUONGHAN_CASES',
  'LYAMIP_CASES', 'VGA_CASES', 'RUBELLA_CASES', 'ADENO_CASES', 'VNVR_CASES'];
const VALUES = MONTHS.length * DISTRICTS.length * COMMUNES_PER_DISTRICT;
const RUNS = 20;
const ACTOR: Actor = { id: 0, username: 'bench', role: 'staff', scopePath: `/${PROVINCE}/`, canEditExpired: false };

/** 60 months of each element at every commune, written with multi-row inserts in one transaction. */
async function storeMonthly(db: Database, elements: string[]): Promise<number> {
  const elementIds = await idsByCode(db, 'data_element');
  const unitIds = await idsByCode(db, 'org_unit');
  const combo = await db.selectFrom('category_option_combo').select('id').where('code', '=', 'default').executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const rows: DataValueRow[] = [];
  for (const element of elements) {
    for (const [u, unit] of communes().entries()) {
      for (const [m, month] of MONTHS.entries()) {
        rows.push({
          data_element_id: elementIds.get(element)!, category_option_combo_id: combo.id, attribute_option_combo_id: 0, org_unit_id: unitIds.get(unit.code)!,
          period: month.code, period_start: month.startDate, period_end: month.endDate, province_id: unitIds.get(PROVINCE)!,
          value: String((u * 7 + m * 3) % 23), comment: null, stored_by: 'bench', created_at: now, import_id: null, updated_at: now,
        });
      }
    }
  }
  await db.transaction().execute((trx) => insertDataValueRows(trx, rows));
  return rows.length;
}

const firstAndMedian = (work: () => Promise<unknown>) => firstAndMedianOf(work, RUNS);

/** Aggregation on request: 60 months of one element over a province of 10 districts × 10 communes. */
export const aggregateBenchmarks: Benchmark = async (dialect) => {
  const database = await dialect.create();
  const ctx = { db: database.db };
  const range = (orgUnit: string) => ({ item: ELEMENT, orgUnit, from: MONTHS[0]!.code, to: MONTHS[59]!.code });
  const province = () => aggregate(ctx, ACTOR, range(PROVINCE));
  const month = () => aggregateMonth(ctx, ACTOR, { item: ELEMENT, orgUnit: PROVINCE, period: '202312' });
  try {
    await setupInstallation({ db: database.db, clock: systemClock });
    await writeOrgUnits(database.db, communes());
    const loadMs = await elapsed(() => storeMonthly(database.db, [ELEMENT]));
    const [firstMs, medianMs] = await firstAndMedian(province);
    const [, districtMs] = await firstAndMedian(() => aggregate(ctx, ACTOR, range('615')));
    const [monthFirstMs, monthMs] = await firstAndMedian(month);
    const stored = await storeMonthly(database.db, BACKGROUND);
    const [, noisyMs] = await firstAndMedian(province);
    const [, noisyMonthMs] = await firstAndMedian(month);
    return [
      { name: `${VALUES} values stored (60 months × 100 communes)`, value: VALUES / (loadMs / 1000), unit: 'values/s' },
      { name: 'province, 60 months: first run', value: firstMs, unit: 'ms' },
      { name: `province, 60 months: median of ${RUNS}`, value: medianMs, unit: 'ms' },
      { name: `district, 60 months: median of ${RUNS}`, value: districtMs, unit: 'ms' },
      { name: 'month figures (5 ranges), province: first run', value: monthFirstMs, unit: 'ms' },
      { name: `month figures (5 ranges), province: median of ${RUNS}`, value: monthMs, unit: 'ms' },
      { name: `+${stored} other values: province, median`, value: noisyMs, unit: 'ms' },
      { name: `+${stored} other values: month, median`, value: noisyMonthMs, unit: 'ms' },
      { name: 'check: province total over 60 months', value: (await province()).value ?? NaN, unit: 'cases' },
    ];
  } finally {
    await database.drop();
  }
};
