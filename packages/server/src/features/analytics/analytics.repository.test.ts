import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import { createPeriod } from '@syt/core/period/index.ts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../clock.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { DataValueRow } from '../../db/schema.ts';
import { DIALECTS, type TestDatabase } from '../../test/dialects.ts';
import { insertDataValueRows } from '../data-values/data-value.repository.ts';
import { setupInstallation } from '../install/install.service.ts';
import { idsByCode } from '../metadata/upsert.ts';
import { groupedRows, type GroupedIdRow } from './analytics.repository.ts';

const MONTHS = Array.from({ length: 6 }, (_, i) => createPeriod('Monthly', 2024, i + 1));
const UNITS = ['608', '615', '612', '611'];
const ELEMENTS = ['SXHD_CASES', 'TCM_CASES', 'SOI_CASES'];
const value = (e: number, u: number, m: number) => (e * 7 + u * 5 + m * 3) % 11;

/**
 * The one read behind every analytics table (migration 0029 on SQLite): units alone in their group come back as
 * stored, units sharing a group summed per group, with the same figures either way, on both engines.
 */
describe.each(DIALECTS)('the grouped analytics read on $name', (dialect) => {
  let database: TestDatabase;
  let unitIds: Map<string, number>;
  let elementIds: Map<string, number>;
  let provinceId: number;
  beforeAll(async () => {
    database = await dialect.create();
    const db = database.db;
    await setupInstallation({ db, clock: systemClock });
    elementIds = await idsByCode(db, 'data_element');
    unitIds = await idsByCode(db, 'org_unit');
    provinceId = unitIds.get('62')!;
    const combo = await db
      .selectFrom('category_option_combo')
      .select('id')
      .where('code', '=', 'default')
      .executeTakeFirstOrThrow();
    const rows: DataValueRow[] = MONTHS.flatMap((month, m) =>
      UNITS.flatMap((unit, u) =>
        ELEMENTS.map((element, e) => ({
          data_element_id: elementIds.get(element)!,
          category_option_combo_id: combo.id,
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

  const read = (placed: { unitId: number; groupId: number }[]) =>
    groupedRows(database.db, {
      placed,
      provinceIds: [provinceId],
      elementIds: ['SXHD_CASES', 'TCM_CASES'].map((e) => elementIds.get(e)!),
      lastElementIds: [],
      start: '2024-02-01',
      end: '2024-05-01',
    });
  const sorted = (rows: GroupedIdRow[]) =>
    rows
      .map((r) => `${r.element_id}/${r.group_id}/${r.period}/${r.leaf_id}=${r.value}`)
      .sort()
      .join('\n');
  const expected = (groups: [number, number[]][]) =>
    sorted(
      groups.flatMap(([group, units]) =>
        [0, 1].flatMap((e) =>
          MONTHS.slice(1, 5).map((month, i) => ({
            element_id: elementIds.get(ELEMENTS[e]!)!,
            option_id: 0,
            group_id: unitIds.get(UNITS[group]!)!,
            period: month.code,
            leaf_id: null,
            value: units.reduce((s, u) => s + value(e, u, i + 1), 0),
          })),
        ),
      ),
    );

  it('reads units alone in their group as stored and sums the units that share one', async () => {
    const id = (u: number) => unitIds.get(UNITS[u]!)!;
    const rows = await read([
      { unitId: id(0), groupId: id(0) },
      { unitId: id(1), groupId: id(1) },
      { unitId: id(2), groupId: id(2) },
      { unitId: id(3), groupId: id(2) },
    ]);
    expect(sorted(rows)).toBe(
      expected([
        [0, [0]],
        [1, [1]],
        [2, [2, 3]],
      ]),
    );
    expect(rows.every((r) => typeof r.value === 'number')).toBe(true);
  });

  it('reads a unit’s values of the asked elements from 0029’s index alone on SQLite; PostgreSQL keeps 0028’s', async () => {
    const db = database.db;
    const query = sql`select v.period, v.category_option_combo_id, cast(v.value as real) from data_value v
       where v.province_id = ${provinceId} and v.org_unit_id = ${unitIds.get('615')!}
         and v.data_element_id in (${elementIds.get('SXHD_CASES')!}, ${elementIds.get('TCM_CASES')!})
         and v.period_start >= '2024-02-01' and v.period_start <= '2024-05-01'`;
    if (!isPostgres(db)) {
      const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(db);
      expect(plan.rows.map((r) => r.detail).join('\n')).toContain('COVERING INDEX data_value_unit_series_idx');
      return;
    }
    // PostgreSQL reads these rows through 0028's series index (db/series-index.test.ts); 0029 adds nothing there.
    const { rows } = await sql<{
      indexname: string;
    }>`select indexname from pg_indexes where tablename = 'data_value'`.execute(db);
    const names = rows.map((r) => r.indexname);
    expect(names).toContain('data_value_series_idx');
    expect(names).not.toContain('data_value_unit_series_idx');
  });
});
