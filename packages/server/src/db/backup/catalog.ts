import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/** One table as the backup sees it, read from the live schema so tables added by later migrations come along. */
export interface TableInfo {
  name: string;
  /** Every column, sorted by name: the canonical order of a row in the dump and its checksum. */
  columns: string[];
  /** Primary-key columns in key order (every column when a table has none), the order rows are read in. */
  key: string[];
  /** Nullable columns referencing this same table: restored as null first, then set, so any row order loads. */
  selfRefs: string[];
}

interface ColumnRow {
  table: string;
  column: string;
  nullable: number | boolean;
  pk: number;
}
interface ForeignKeyRow {
  table: string;
  ref: string;
  column: string;
}

/** The migrator's own bookkeeping: recorded as the header's migration list instead of dumped as rows. */
const isBookkeeping = (name: string) => name.startsWith('kysely_migration');

/** Every table of the current schema, ordered so that referenced tables come before the tables referencing them. */
export async function listTables(db: Kysely<any>): Promise<TableInfo[]> {
  const [columns, keys] = isPostgres(db) ? await postgresCatalog(db) : await sqliteCatalog(db);
  const byTable = new Map<string, ColumnRow[]>();
  for (const c of columns) if (!isBookkeeping(c.table)) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const tables = [...byTable].map(([name, cols]): TableInfo => {
    const pk = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.column);
    const nullable = new Set(cols.filter((c) => Boolean(Number(c.nullable))).map((c) => c.column));
    const selfRefs = keys
      .filter((k) => k.table === name && k.ref === name && nullable.has(k.column))
      .map((k) => k.column);
    const names = cols.map((c) => c.column).sort();
    return { name, columns: names, key: pk.length ? pk : names, selfRefs };
  });
  return dependencyOrder(tables, keys);
}

/** Depth-first: each table after the tables it references (a reference cycle between two tables is left as found). */
function dependencyOrder(tables: TableInfo[], keys: ForeignKeyRow[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name) || !byName.has(name)) return;
    path.add(name);
    for (const k of keys) if (k.table === name && k.ref !== name) visit(k.ref, path);
    done.add(name);
    out.push(byName.get(name)!);
  };
  for (const name of [...byName.keys()].sort()) visit(name, new Set());
  return out;
}

async function sqliteCatalog(db: Kysely<any>): Promise<[ColumnRow[], ForeignKeyRow[]]> {
  const { rows: columns } = await sql<ColumnRow>`
    select m.name as "table", c.name as "column", c."notnull" = 0 and c.pk = 0 as nullable, c.pk as pk
    from sqlite_master m, pragma_table_info(m.name) c
    where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\'`.execute(db);
  const { rows: keys } = await sql<ForeignKeyRow>`
    select m.name as "table", f."table" as ref, f."from" as "column"
    from sqlite_master m, pragma_foreign_key_list(m.name) f
    where m.type = 'table'`.execute(db);
  return [columns, keys];
}

async function postgresCatalog(db: Kysely<any>): Promise<[ColumnRow[], ForeignKeyRow[]]> {
  const { rows: columns } = await sql<ColumnRow>`
    select c.table_name as "table", c.column_name as "column", c.is_nullable = 'YES' as nullable, coalesce(k.ordinal_position, 0) as pk
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    left join information_schema.table_constraints tc
      on tc.table_schema = c.table_schema and tc.table_name = c.table_name and tc.constraint_type = 'PRIMARY KEY'
    left join information_schema.key_column_usage k
      on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name and k.column_name = c.column_name
    where c.table_schema = current_schema()`.execute(db);
  const { rows: keys } = await sql<ForeignKeyRow>`
    select c.relname as "table", r.relname as ref, a.attname as "column"
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_class r on r.oid = k.confrelid
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
    where k.contype = 'f' and k.connamespace = current_schema()::regnamespace`.execute(db);
  return [columns.map((c) => ({ ...c, pk: Number(c.pk) })), keys];
}

/** The migrations applied to this database, oldest first (none when it was never migrated). */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const exists = isPostgres(db)
    ? sql<{
        n: number;
      }>`select count(*) as n from information_schema.tables where table_schema = current_schema() and table_name = 'kysely_migration'`
    : sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`;
  if (Number((await exists.execute(db)).rows[0]!.n) === 0) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}
