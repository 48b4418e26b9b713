import type { Kysely } from 'kysely';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';

// What a disease missing from the default package gets: a rare disease's method and a two-week incubation.
const FALLBACK = { immediate: 0, max_incubation_days: 14, threshold_method: 'EARS_C2' };

/**
 * Each disease's surveillance metadata: reported immediately (besides group A), its maximal incubation period (an
 * outbreak closes after twice that without a case) and its threshold method. Installed diseases take the default
 * package's values by code. One column a statement: SQLite's ALTER TABLE adds one at a time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('disease').addColumn('immediate', 'integer', (c) => c.notNull().defaultTo(FALLBACK.immediate)).execute();
  await db.schema.alterTable('disease').addColumn('max_incubation_days', 'integer', (c) => c.notNull().defaultTo(FALLBACK.max_incubation_days)).execute();
  await db.schema.alterTable('disease').addColumn('threshold_method', 'text', (c) => c.notNull().defaultTo(FALLBACK.threshold_method)).execute();
  for (const d of DEFAULT_PACKAGE.diseases) {
    await db
      .updateTable('disease')
      .set({ immediate: d.immediate ? 1 : 0, max_incubation_days: d.maxIncubationDays, threshold_method: d.thresholdMethod })
      .where('code', '=', d.code)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['threshold_method', 'max_incubation_days', 'immediate']) {
    await db.schema.alterTable('disease').dropColumn(column).execute();
  }
}
