import type { DataValueRow } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** The columns of data_value's primary key. */
type DataValueKey = Pick<DataValueRow, 'data_element_id' | 'category_option_combo_id' | 'attribute_option_combo_id' | 'org_unit_id' | 'period'>;

/** Deletes values by key. */
export async function deleteValues(db: Executor, keys: DataValueKey[]) {
  for (const k of keys) {
    await db
      .deleteFrom('data_value')
      .where('data_element_id', '=', k.data_element_id)
      .where('category_option_combo_id', '=', k.category_option_combo_id)
      .where('attribute_option_combo_id', '=', k.attribute_option_combo_id)
      .where('org_unit_id', '=', k.org_unit_id)
      .where('period', '=', k.period)
      .execute();
  }
}

/**
 * Writes the CREATE audit rows of an import in one set-based statement, from the rows it has just inserted
 * (marked with its id, which later writes never change): a million new values need no million round trips.
 * Rows are found through the (province, unit, period start) index, so the cost follows the import's
 * footprint, not the table's size.
 */
export async function auditCreatedRows(
  db: Executor,
  scope: { provinceIds: number[]; orgUnitIds: number[]; periodStarts: string[]; importId: string; changedBy: string; changedAt: string },
): Promise<void> {
  if (scope.orgUnitIds.length === 0) return;
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
