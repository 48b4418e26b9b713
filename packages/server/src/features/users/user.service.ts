import type { UserView } from '@syt/core/api/contract.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { inScope, type Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess, requireRole } from '../access/access.service.ts';
import { clearFailures } from '../auth/login-failure.repository.ts';
import { hashNewPassword } from '../auth/password-policy.ts';
import { deleteUserSessions } from '../auth/session.repository.ts';
import type { Executor } from '../metadata/upsert.ts';
import { presentUser } from './user.presenter.ts';
import { findUserById, findUserByUsername, insertUser, listUsers, updateUser, type UserChanges } from './user.repository.ts';
import type { CreateUserInput, UpdateUserInput } from './user.schema.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** Users the admin may see: those whose scope lies inside the admin's own. */
export async function listVisibleUsers(ctx: Ctx, actor: Actor): Promise<UserView[]> {
  requireRole(actor, 'administer');
  const now = ctx.clock.now().toISOString();
  return (await listUsers(ctx.db)).filter((u) => inScope(actor, u.org_unit_path)).map((u) => presentUser(u, now));
}

/** Creates a user (admin only; the new scope must lie inside the admin's). */
export async function createUser(ctx: Ctx, actor: Actor, input: CreateUserInput): Promise<UserView> {
  requireRole(actor, 'administer');
  return ctx.db.transaction().execute(async (trx) => {
    const unit = await requireOrgUnitAccess(trx, actor, 'administer', input.orgUnitCode, 'orgUnitCode');
    if (await findUserByUsername(trx, input.username)) {
      throw new AppError(409, 'USERNAME_TAKEN', vi.usernameTaken(input.username), [
        { field: 'username', message: vi.usernameTaken(input.username) },
      ]);
    }
    const id = await insertUser(trx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      passwordHash: await hashNewPassword(input.password, input.username),
      role: input.role,
      orgUnitId: unit.id,
      active: input.active ?? true,
      canEditExpired: input.canEditExpired ?? false,
      createdAt: ctx.clock.now().toISOString(),
    });
    return presentUser((await findUserById(trx, id))!, ctx.clock.now().toISOString());
  });
}

/** Changes a user's name, role, scope, state or password; a reset or deactivation ends their sessions. */
export async function updateExistingUser(ctx: Ctx, actor: Actor, id: number, input: UpdateUserInput): Promise<UserView> {
  requireRole(actor, 'administer');
  return ctx.db.transaction().execute(async (trx) => {
    const user = await requireManagedUser(trx, actor, id);
    if (id === actor.id && ((input.role && input.role !== user.role) || input.active === false)) {
      throw forbidden(vi.cannotDemoteSelf);
    }
    const changes: UserChanges = {};
    if (input.displayName !== undefined) changes.display_name = input.displayName;
    if (input.email !== undefined) changes.email = input.email;
    if (input.role !== undefined) changes.role = input.role;
    if (input.active !== undefined) changes.active = input.active ? 1 : 0;
    if (input.canEditExpired !== undefined) changes.can_edit_expired = input.canEditExpired ? 1 : 0;
    if (input.password !== undefined) changes.password_hash = await hashNewPassword(input.password, user.username);
    if (input.orgUnitCode !== undefined) {
      changes.org_unit_id = (await requireOrgUnitAccess(trx, actor, 'administer', input.orgUnitCode, 'orgUnitCode')).id;
    }
    await updateUser(trx, id, changes);
    if (changes.password_hash || changes.active === 0 || changes.org_unit_id || changes.role) {
      await deleteUserSessions(trx, id);
    }
    return presentUser((await findUserById(trx, id))!, ctx.clock.now().toISOString());
  });
}

/** Lifts a sign-in lockout before it runs out. */
export async function unlockUser(ctx: Ctx, actor: Actor, id: number): Promise<UserView> {
  requireRole(actor, 'administer');
  return ctx.db.transaction().execute(async (trx) => {
    await requireManagedUser(trx, actor, id);
    await updateUser(trx, id, { locked_until: null });
    await clearFailures(trx, id);
    return presentUser((await findUserById(trx, id))!, ctx.clock.now().toISOString());
  });
}

/**
 * A user the admin manages: one whose scope lies inside the admin's. Anyone else answers exactly as a
 * missing id does, so an admin cannot count the users outside their subtree.
 */
async function requireManagedUser(db: Executor, actor: Actor, id: number) {
  const user = await findUserById(db, id);
  if (!user || !inScope(actor, user.org_unit_path)) throw notFound(vi.unknownUser(id));
  return user;
}
