import type { Kysely } from 'kysely';

/**
 * A district's sent proposal agreed by the provincial unit of its field (the CDC, a sub-department), as seed 002 asks:
 * the value agreed (the proposal's, or the one the two settled on), a note, who agreed and when. Null until agreed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds no more at once.
  const columns = [['agreed_value', 'double precision'], ['agreed_note', 'text'], ['agreed_by', 'text'], ['agreed_at', 'text']] as const;
  for (const [name, type] of columns) await db.schema.alterTable('target_proposal').addColumn(name, type).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['agreed_value', 'agreed_note', 'agreed_by', 'agreed_at']) {
    await db.schema.alterTable('target_proposal').dropColumn(column).execute();
  }
}
