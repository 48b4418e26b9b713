import type { DataValueTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

// 12 columns a row: 1,000 rows stay under both engines' bound-parameter limits.
const CHUNK = 1000;

/** Inserts new values and overwrites changed ones in multi-row statements (created_at of existing rows is kept). */
export async function upsertValues(db: Executor, rows: DataValueTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('data_value')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['data_element_id', 'category_option_combo_id', 'org_unit_id', 'period']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          comment: eb.ref('excluded.comment'),
          stored_by: eb.ref('excluded.stored_by'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

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
