import type { CellKey } from '../../data-entry/data-entry.repository.ts';
import type { Executor } from '../../metadata/upsert.ts';

/** The stored value and comment of a cell without attribute combo, or undefined when it is empty. */
export async function readCellValue(db: Executor, key: CellKey) {
  return db
    .selectFrom('data_value')
    .select(['value', 'comment', 'follow_up'])
    .where('data_element_id', '=', key.data_element_id)
    .where('category_option_combo_id', '=', key.category_option_combo_id)
    .where('org_unit_id', '=', key.org_unit_id)
    .where('period', '=', key.period)
    .where('attribute_option_combo_id', '=', 0)
    .executeTakeFirst();
}

/** Sets DHIS2's follow-up mark of a stored value (as `PUT /api/dataValues/followup` and `followUp=` do). */
export async function setFollowUp(db: Executor, key: CellKey, followUp: boolean): Promise<void> {
  await db
    .updateTable('data_value')
    .set({ follow_up: followUp ? 1 : 0 })
    .where('data_element_id', '=', key.data_element_id)
    .where('category_option_combo_id', '=', key.category_option_combo_id)
    .where('org_unit_id', '=', key.org_unit_id)
    .where('period', '=', key.period)
    .where('attribute_option_combo_id', '=', 0)
    .execute();
}
