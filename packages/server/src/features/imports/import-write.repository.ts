import { CompiledQuery } from 'kysely';
import { cachedStatement, sqliteHandleOf } from '../../db/database.ts';
import type { DataValueRow } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** The columns of data_value's primary key. */
type DataValueKey = Pick<DataValueRow, 'data_element_id' | 'category_option_combo_id' | 'attribute_option_combo_id' | 'org_unit_id' | 'period'>;

const KEY_COLUMNS = ['data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period'] as const;

/** Keys a PostgreSQL delete statement carries, as one array parameter per key column. */
const DELETE_CHUNK = 50_000;

/**
 * Deletes values by key without a round trip per value (a DHIS2 file may delete a million): SQLite runs one cached
 * prepared statement per key on the caller's transaction, PostgreSQL one statement per 50,000 keys.
 */
export async function deleteValues(db: Executor, keys: DataValueKey[]) {
  const sqlite = sqliteHandleOf(db);
  if (sqlite) {
    const statement = cachedStatement(sqlite, `delete from data_value where ${KEY_COLUMNS.map((c) => `${c} = ?`).join(' and ')}`);
    for (const k of keys) statement.run(KEY_COLUMNS.map((c) => k[c]));
    return;
  }
  for (let i = 0; i < keys.length; i += DELETE_CHUNK) {
    const chunk = keys.slice(i, i + DELETE_CHUNK);
    const arrays = KEY_COLUMNS.map((c) => chunk.map((k) => k[c]));
    await db.executeQuery(
      CompiledQuery.raw(
        'delete from data_value v using unnest($1::integer[], $2::integer[], $3::integer[], $4::integer[], $5::text[]) as k(e, c, a, o, p) ' +
          'where v.data_element_id = k.e and v.category_option_combo_id = k.c and v.attribute_option_combo_id = k.a ' +
          'and v.org_unit_id = k.o and v.period = k.p',
        arrays,
      ),
    );
  }
}

/**
 * Writes the CREATE audit rows of an import in one set-based statement, from the rows it has just inserted
 * (marked with its id, which later writes never change): a million new values need no million round trips.
 * SQLite reads them as the rowid range above the table's largest rowid before the import; elsewhere (and above
 * that range's limit) they are found through the (province, unit, period start) index. Either way the cost follows
 * the import's footprint, not the table's size.
 */
export async function auditCreatedRows(
  db: Executor,
  scope: { provinceIds: number[]; orgUnitIds: number[]; periodStarts: string[]; importId: string; changedBy: string; changedAt: string },
  /** SQLite: data_value's largest rowid before the import wrote (from `lastRowid`); its new rows lie above it. */
  rowidBefore?: number,
): Promise<void> {
  if (scope.orgUnitIds.length === 0) return;
  const sqlite = sqliteHandleOf(db);
  if (sqlite && rowidBefore !== undefined) {
    // A rowid range read in table order, instead of an index walk that visits the new rows at random places.
    cachedStatement(sqlite, AUDIT_BY_ROWID).run(scope.changedBy, scope.changedAt, rowidBefore, scope.importId);
    return;
  }
  for (let u = 0; u < scope.orgUnitIds.length; u += 500) {
    for (let p = 0; p < scope.periodStarts.length; p += 500) {
      await db
        .insertInto('data_value_audit')
        .columns([
          'data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period', 'action',
          'old_value', 'new_value', 'old_comment', 'new_comment', 'changed_by', 'changed_at',
        ])
        .expression((eb) =>
          eb
            .selectFrom('data_value')
            .select((s) => [
              'data_element_id', 'category_option_combo_id', 'attribute_option_combo_id', 'org_unit_id', 'period',
              s.val('CREATE').as('action'),
              s.val(null).as('old_value'), 'value', s.val(null).as('old_comment'), 'comment',
              // The importer and the real time, whatever storedBy and created the file gave the value.
              s.val(scope.changedBy).as('changed_by'), s.val(scope.changedAt).as('changed_at'),
            ])
            .where('province_id', 'in', scope.provinceIds)
            .where('org_unit_id', 'in', scope.orgUnitIds.slice(u, u + 500))
            .where('period_start', 'in', scope.periodStarts.slice(p, p + 500))
            .where('import_id', '=', scope.importId),
        )
        .execute();
    }
  }
}

/**
 * SQLite gives a new row the rowid after the largest one, except once the largest possible rowid is taken, when it
 * picks free ones at random: the range read is safe below that, and `lastRowid` says undefined above.
 */
const AUDIT_BY_ROWID =
  'insert into data_value_audit (data_element_id, category_option_combo_id, attribute_option_combo_id, org_unit_id, period, action, ' +
  'old_value, new_value, old_comment, new_comment, changed_by, changed_at) ' +
  "select data_element_id, category_option_combo_id, attribute_option_combo_id, org_unit_id, period, 'CREATE', " +
  'null, value, null, comment, ?, ? from data_value where rowid > ? and import_id = ?';

/** SQLite: data_value's largest rowid now, or undefined where new rows could take smaller ones (see above). */
export function lastRowid(db: Executor): number | undefined {
  const sqlite = sqliteHandleOf(db);
  if (!sqlite) return undefined;
  const { last } = cachedStatement(sqlite, 'select coalesce(max(rowid), 0) as last from data_value').get() as { last: number };
  return Number.isSafeInteger(last) ? last : undefined;
}
