import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import { createPeriod } from '@syt/core/period/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { insertAudit } from '../features/data-entry/data-entry.repository.ts';
import { upsertDataValueRows } from '../features/data-values/data-value.repository.ts';
import { deleteValues } from '../features/imports/import-write.repository.ts';
import { setupInstallation } from '../features/install/install.service.ts';
import { idsByCode } from '../features/metadata/upsert.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import type { DataValueRow } from './schema.ts';

const UNITS = ['608', '615', '612', '611', '610', '617', '614', '613', '616', '618'];
const ELEMENTS = ['SXHD_CASES', 'TCM_CASES', 'SOI_CASES'];
/** 34 years of months × 10 units × 3 elements: 12,240 rows, past the size from which PostgreSQL loads by COPY. */
const MONTHS = Array.from({ length: 408 }, (_, i) => createPeriod('Monthly', 1990 + Math.floor(i / 12), (i % 12) + 1));
/** Text COPY's format reserves (tab, newline, backslash, its null marker) and Vietnamese, which must come back as sent. */
const AWKWARD = ['a\tb', 'dòng 1\ndòng 2\r\n', 'C:\\thư mục\\N', '\\N', 'Sốt xuất huyết Dengue', ''];

type Row = DataValueRow & { follow_up: number };

/**
 * A large upsert (COPY into a staging table then INSERT … ON CONFLICT on PostgreSQL, one prepared statement per row
 * on SQLite) stores exactly the rows given, and a second one overwrites the changed columns and keeps created_at.
 */
describe.each(DIALECTS)('bulk upsert of data values on $name', (dialect) => {
  let database: TestDatabase;
  let rows: (changed: boolean) => Row[];
  beforeAll(async () => {
    database = await dialect.create();
    await setupInstallation({ db: database.db, clock: systemClock });
    const elementIds = await idsByCode(database.db, 'data_element');
    const unitIds = await idsByCode(database.db, 'org_unit');
    const combo = await database.db.selectFrom('category_option_combo').select('id').where('code', '=', 'default').executeTakeFirstOrThrow();
    rows = (changed) => {
      let i = 0;
      return MONTHS.flatMap((month) =>
        UNITS.flatMap((unit) =>
          ELEMENTS.map((element): Row => {
            const n = i++;
            return {
              data_element_id: elementIds.get(element)!, category_option_combo_id: combo.id, attribute_option_combo_id: DEFAULT_ATTRIBUTE_COMBO_ID,
              org_unit_id: unitIds.get(unit)!,
              period: month.code, period_start: month.startDate, period_end: month.endDate, province_id: unitIds.get('62')!,
              value: String(changed ? n + 1 : n), comment: n % 7 === 0 ? null : AWKWARD[n % AWKWARD.length]! + (changed ? '!' : ''),
              stored_by: changed ? 'second' : 'first', created_at: changed ? '2025-02-02' : '2025-01-01',
              updated_at: changed ? '2025-02-02' : '2025-01-01', import_id: changed ? null : 'import-1', follow_up: n % 5 === 0 ? 1 : 0,
            };
          }),
        ),
      );
    };
  }, 60_000);
  afterAll(() => database.drop());

  const stored = () =>
    database.db
      .selectFrom('data_value')
      .select(['data_element_id', 'org_unit_id', 'period', 'value', 'comment', 'stored_by', 'created_at', 'updated_at', 'import_id', 'follow_up'])
      .orderBy('period').orderBy('org_unit_id').orderBy('data_element_id')
      .execute();
  const sorted = (list: Row[]) =>
    [...list]
      .sort((a, b) => a.period.localeCompare(b.period) || a.org_unit_id - b.org_unit_id || a.data_element_id - b.data_element_id)
      .map((r) => ({
        data_element_id: r.data_element_id, org_unit_id: r.org_unit_id, period: r.period, value: r.value, comment: r.comment,
        stored_by: r.stored_by, created_at: r.created_at, updated_at: r.updated_at, import_id: r.import_id, follow_up: r.follow_up,
      }));

  it('stores every row as given, awkward text and nulls included', async () => {
    const first = rows(false);
    expect(first.length).toBe(12_240);
    await database.db.transaction().execute((trx) => upsertDataValueRows(trx, first));
    expect(await stored()).toEqual(sorted(first));
  });

  it('overwrites value, comment, stored_by, updated_at and follow-up; keeps created_at and import_id', async () => {
    const second = rows(true);
    // Twice in one transaction: the staging table of the first write does not stand in the second's way.
    await database.db.transaction().execute(async (trx) => {
      await upsertDataValueRows(trx, second.slice(0, 11_000));
      await upsertDataValueRows(trx, second.slice(11_000).concat(second.slice(0, 10_500)));
    });
    const first = rows(false);
    expect(await stored()).toEqual(sorted(second.map((r, i) => ({ ...r, created_at: first[i]!.created_at, import_id: first[i]!.import_id }))));
  });

  it('a write said fresh whose cells were stored meanwhile overwrites them as the upsert does, nothing twice', async () => {
    // A third of the cells stored by someone else between the import's read and its write.
    const stale = rows(false).map((r) => ({ ...r, value: 'x', stored_by: 'other' }));
    await database.db.deleteFrom('data_value').execute();
    await database.db.transaction().execute((trx) => upsertDataValueRows(trx, stale.filter((_, i) => i % 3 === 0)));
    const second = rows(true);
    await database.db.transaction().execute((trx) => upsertDataValueRows(trx, second, { fresh: true }));
    expect(await stored()).toEqual(sorted(second.map((r, i) => (i % 3 === 0 ? { ...r, created_at: stale[i]!.created_at, import_id: stale[i]!.import_id } : r))));
  });

  it('a fresh write into empty cells stores them as given', async () => {
    await database.db.deleteFrom('data_value').execute();
    await database.db.transaction().execute((trx) => upsertDataValueRows(trx, rows(false), { fresh: true }));
    expect(await stored()).toEqual(sorted(rows(false)));
  });

  it('deletes exactly the values keyed, thousands in one call', async () => {
    const all = rows(false);
    await database.db.deleteFrom('data_value').execute();
    await database.db.transaction().execute((trx) => upsertDataValueRows(trx, all));
    // Every other value, and a key stored nowhere (a period never written), which deletes nothing.
    const gone = all.filter((_, i) => i % 2 === 0);
    await database.db.transaction().execute((trx) => deleteValues(trx, [...gone, { ...all[1]!, period: '209901' }]));
    expect(await stored()).toEqual(sorted(all.filter((_, i) => i % 2 === 1)));
  });

  it('appends as many audit rows (a plain insert: COPY straight into the table), each with an id of its own', async () => {
    const audit = rows(false).map((r) => ({
      data_element_id: r.data_element_id, category_option_combo_id: r.category_option_combo_id,
      attribute_option_combo_id: r.attribute_option_combo_id, org_unit_id: r.org_unit_id, period: r.period, action: 'UPDATE' as const, old_value: r.value, new_value: null, old_comment: r.comment, new_comment: 'x\ty',
      changed_by: 'test', changed_at: '2025-03-03',
    }));
    await database.db.transaction().execute((trx) => insertAudit(trx, audit));
    const back = await database.db
      .selectFrom('data_value_audit')
      .select(['id', 'data_element_id', 'org_unit_id', 'period', 'old_value', 'new_value', 'old_comment', 'new_comment'])
      .where('changed_at', '=', '2025-03-03')
      .orderBy('id')
      .execute();
    expect(new Set(back.map((r) => r.id)).size).toBe(audit.length);
    expect(back.map(({ id: _, ...r }) => r)).toEqual(
      audit.map((a) => ({
        data_element_id: a.data_element_id, org_unit_id: a.org_unit_id, period: a.period, old_value: a.old_value, new_value: null,
        old_comment: a.old_comment, new_comment: 'x\ty',
      })),
    );
  });
});
