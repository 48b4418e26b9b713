import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';

/** Tables the database writes itself (through triggers) rather than SYT: a restore loads them after everything else. */
export const TRIGGER_WRITTEN_TABLES: readonly string[] = ['change_counter'];

/**
 * A named counter that database triggers move on every write to some tables, whichever process writes: a cache in
 * one server process can tell from one primary-key read that another process (the CLI) changed what it holds.
 * The triggers are spelled per engine here so the migration stays the same for both.
 */

export async function createChangeCounter(db: Kysely<any>, name: string, tables: readonly string[]): Promise<void> {
  await db.schema
    .createTable('change_counter')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('change_counter').values({ name, version: 0 }).execute();
  if (isPostgres(db)) {
    const bump = `update change_counter set version = version + 1 where name = '${name}'`;
    await sql.raw(`create function ${fn(name)}() returns trigger language plpgsql as $$ begin ${bump}; return null; end $$`).execute(db);
  }
  await watchTables(db, name, tables);
}

/** Makes writes to more tables move an existing counter (a later migration's tables that a cache reads too). */
export async function watchTables(db: Kysely<any>, name: string, tables: readonly string[]): Promise<void> {
  const bump = `update change_counter set version = version + 1 where name = '${name}'`;
  if (isPostgres(db)) {
    for (const table of tables) {
      // Once per statement, and before it: the counter row is locked before any row of the table, so two writers
      // cannot each hold what the other waits for.
      await sql
        .raw(`create trigger ${trigger(name, table)} before insert or update or delete or truncate on ${table} for each statement execute function ${fn(name)}()`)
        .execute(db);
    }
    return;
  }
  for (const table of tables) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql.raw(`create trigger ${trigger(name, table)}_${event} after ${event} on ${table} begin ${bump}; end`).execute(db);
    }
  }
}

/** Removes a counter's triggers and row (the table stays for other counters). */
export async function dropChangeCounter(db: Kysely<any>, name: string, tables: readonly string[]): Promise<void> {
  await unwatchTables(db, name, tables);
  if (isPostgres(db)) await sql.raw(`drop function if exists ${fn(name)}()`).execute(db);
  await db.deleteFrom('change_counter').where('name', '=', name).execute();
}

const ident = (name: string) => name.replace(/[^a-z0-9]+/g, '_');
const fn = (name: string) => `bump_${ident(name)}`;
const trigger = (name: string, table: string) => `${table}_${ident(name)}`;

/** Writes to the tables no longer move the counter (undoes `watchTables`). */
export async function unwatchTables(db: Kysely<any>, name: string, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isPostgres(db)) await sql.raw(`drop trigger if exists ${trigger(name, table)} on ${table}`).execute(db);
    else for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger if exists ${trigger(name, table)}_${event}`).execute(db);
  }
}
