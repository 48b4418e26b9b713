import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import { createPeriod } from '@syt/core/period/index.ts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { sumPerPeriod } from '../features/aggregate/aggregate.repository.ts';
import { insertDataValueRows } from '../features/data-values/data-value.repository.ts';
import { setupInstallation } from '../features/install/install.service.ts';
import { idsByCode } from '../features/metadata/upsert.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { isPostgres } from './dialect.ts';
import type { DataValueRow } from './schema.ts';

const MONTHS = Array.from({ length: 24 }, (_, i) => createPeriod('Monthly', 2022 + Math.floor(i / 12), (i % 12) + 1));
const UNITS = ['608', '615', '612', '611', '610', '617', '614', '613', '616', '618'];
const ELEMENTS = ['SXHD_CASES', 'TCM_CASES', 'SOI_CASES'];
const value = (e: number, u: number, m: number) => (e * 7 + u * 5 + m * 3) % 11;

/**
 * Migration 0028: PostgreSQL reads a province's series of one element from the series index alone (no heap page per
 * value, which at national scale made a pivot miss its 2 s); the sums read are those stored, on both engines.
 */
describe.each(DIALECTS)('series index on $name', (dialect) => {
  let database: TestDatabase;
  let provinceId: number;
  let elementIds: Map<string, number>;
  let defaultCombo: number;
  beforeAll(async () => {
    database = await dialect.create();
    const db = database.db;
    await setupInstallation({ db, clock: systemClock });
    elementIds = await idsByCode(db, 'data_element');
    const unitIds = await idsByCode(db, 'org_unit');
    provinceId = unitIds.get('62')!;
    defaultCombo = (
      await db.selectFrom('category_option_combo').select('id').where('code', '=', 'default').executeTakeFirstOrThrow()
    ).id;
    const rows: DataValueRow[] = MONTHS.flatMap((month, m) =>
      UNITS.flatMap((unit, u) =>
        ELEMENTS.map((element, e) => ({
          data_element_id: elementIds.get(element)!,
          category_option_combo_id: defaultCombo,
          attribute_option_combo_id: DEFAULT_ATTRIBUTE_COMBO_ID,
          org_unit_id: unitIds.get(unit)!,
          period: month.code,
          period_start: month.startDate,
          period_end: month.endDate,
          province_id: provinceId,
          value: String(value(e, u, m)),
          comment: null,
          stored_by: 'test',
          created_at: '2024-01-01',
          import_id: null,
          updated_at: '2024-01-01',
        })),
      ),
    );
    await insertDataValueRows(db, rows);
  }, 60_000);
  afterAll(() => database.drop());

  it('sums each month of a series as stored', async () => {
    const rows = await sumPerPeriod(database.db, {
      subtrees: [{ provinceId, path: '/62/' }],
      elementId: elementIds.get('TCM_CASES')!,
      optionComboIds: [defaultCombo],
      start: MONTHS[0]!.startDate,
      end: MONTHS[23]!.startDate,
    });
    expect(rows).toEqual(
      MONTHS.map((month, m) => ({ period: month.code, value: UNITS.reduce((s, _, u) => s + value(1, u, m), 0) })),
    );
  });

  it('reads a series through an index, on PostgreSQL from the series index alone', async () => {
    const db = database.db;
    const query = sql`select v.period, sum(cast(v.value as double precision)) from data_value v
       where v.province_id = ${provinceId} and v.data_element_id = ${elementIds.get('TCM_CASES')!}
         and v.category_option_combo_id in (${defaultCombo}) and v.period_start >= '2022-01-01' and v.period_start <= '2023-12-01'
       group by v.period`;
    if (!isPostgres(db)) {
      // SQLite keeps its own indexes (0028 adds none there): the read still goes through one, never a table scan.
      const { rows } = await sql<{ detail: string }>`explain query plan ${query}`.execute(db);
      const reads = rows.map((r) => r.detail).filter((d) => / v\b/.test(d));
      expect(reads.length).toBeGreaterThan(0);
      for (const detail of reads) expect(detail).toMatch(/USING (COVERING )?INDEX/);
      return;
    }
    await sql`vacuum (analyze) data_value`.execute(db);
    // One connection: the setting must hold for the EXPLAIN that follows.
    const plan = await db.connection().execute(async (c) => {
      await sql`set enable_seqscan = off`.execute(c);
      const { rows } = await sql<{ 'QUERY PLAN': unknown }>`explain (format json) ${query}`.execute(c);
      await sql`reset enable_seqscan`.execute(c);
      return JSON.stringify(rows[0]!['QUERY PLAN']);
    });
    expect(plan).toContain('"Node Type":"Index Only Scan"');
    expect(plan).toContain('"Index Name":"data_value_series_idx"');
  });
});
