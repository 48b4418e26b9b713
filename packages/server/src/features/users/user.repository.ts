import type { Executor } from '../metadata/upsert.ts';

/** A user row joined with the code, name and path of its scope's root unit. */
export type UserRecord = Awaited<ReturnType<ReturnType<typeof usersQuery>['execute']>>[number];

function usersQuery(db: Executor) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('org_unit as o', 'o.id', 'u.org_unit_id')
    .select([
      'u.id', 'u.username', 'u.display_name', 'u.email', 'u.password_hash', 'u.role', 'u.active', 'u.locked_until',
      'u.org_unit_id', 'u.can_edit_expired', 'o.code as org_unit_code', 'o.name as org_unit_name', 'o.path as org_unit_path',
    ]);
}

export async function listUsers(db: Executor): Promise<UserRecord[]> {
  return usersQuery(db).orderBy('u.id').execute();
}

export async function findUserById(db: Executor, id: number): Promise<UserRecord | undefined> {
  return usersQuery(db).where('u.id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRecord | undefined> {
  return usersQuery(db).where('u.username', '=', username).executeTakeFirst();
}

export interface NewUserRow {
  username: string;
  displayName: string;
  email?: string | null;
  passwordHash: string;
  role: string;
  orgUnitId: number;
  active: boolean;
  canEditExpired?: boolean;
  createdAt: string;
}

export async function insertUser(db: Executor, u: NewUserRow): Promise<number> {
  const row = await db
    .insertInto('app_user')
    .values({
      username: u.username,
      display_name: u.displayName,
      email: u.email ?? null,
      password_hash: u.passwordHash,
      role: u.role,
      org_unit_id: u.orgUnitId,
      active: u.active ? 1 : 0,
      can_edit_expired: u.canEditExpired ? 1 : 0,
      created_at: u.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export interface UserChanges {
  display_name?: string;
  email?: string | null;
  password_hash?: string;
  role?: string;
  org_unit_id?: number;
  active?: number;
  can_edit_expired?: number;
  locked_until?: string | null;
}

export async function updateUser(db: Executor, id: number, changes: UserChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('app_user').set(changes).where('id', '=', id).execute();
}
