import type { DataValueTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Deletes values by key. */
export async function deleteValues(db: Executor, keys: Pick<DataValueTable, 'data_element_id' | 'category_option_combo_id' | 'org_unit_id' | 'period'>[]) {
  for (const k of keys) {
    await db
      .deleteFrom('data_value')
      .where('data_element_id', '=', k.data_element_id)
      .where('category_option_combo_id', '=', k.category_option_combo_id)
      .where('org_unit_id', '=', k.org_unit_id)
      .where('period', '=', k.period)
      .execute();
  }
}
