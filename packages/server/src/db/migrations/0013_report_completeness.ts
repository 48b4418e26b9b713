import type { Kysely } from 'kysely';
import { createChangeCounter, dropChangeCounter } from '../change-counter.ts';

/**
 * A written monthly report now also reads the forms' workflow (which forms are submitted or approved) and the
 * installation's setting of which states count. A second counter moves on every write to them; the report cache
 * keys on both counters.
 */
export const REPORT_FORMS = 'report-forms';

export const REPORT_FORM_TABLES = ['data_set_report', 'setting'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await createChangeCounter(db, REPORT_FORMS, REPORT_FORM_TABLES);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropChangeCounter(db, REPORT_FORMS, REPORT_FORM_TABLES);
}
