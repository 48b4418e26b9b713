import { randomBytes } from 'node:crypto';
import type { Role } from '@syt/core/api/contract.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { hashNewPassword } from '../auth/password-policy.ts';
import { importMetadata } from '../metadata/metadata.service.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { findUserByUsername, insertUser } from '../users/user.repository.ts';

export interface InstallContext {
  db: Database;
  clock: Clock;
}

/** Schema, the default package and the demo org units; no data values. Safe to run again. */
export async function setupInstallation(ctx: InstallContext): Promise<void> {
  await migrateToLatest(ctx.db);
  await importMetadata(ctx.db, { ...DEFAULT_PACKAGE, ...KONTUM_ORG_UNITS });
}

/** Creates the first admin (scoped to the first province) unless one exists; returns the password it set. */
export async function ensureFirstAdmin(ctx: InstallContext, username: string, password?: string) {
  if (await findUserByUsername(ctx.db, username)) return { created: false as const };
  const chosen = password ?? randomBytes(9).toString('base64url');
  await createUserRow(ctx, { username, displayName: 'Quản trị hệ thống', role: 'admin', orgUnitCode: rootCode() }, chosen);
  return { created: true as const, password: chosen };
}

/** The province the shipped org units start from. */
export function rootCode(): string {
  return KONTUM_ORG_UNITS.orgUnits.find((u) => u.parent === null)!.code;
}

export interface UserSeed {
  username: string;
  displayName: string;
  role: Role;
  orgUnitCode: string;
  /** May enter values after entry windows close (the department's data managers). */
  canEditExpired?: boolean;
}

/** Inserts a user row directly (installation time: there is no signed-in admin yet); the password must meet the rules. */
export async function createUserRow(ctx: InstallContext, seed: UserSeed, password: string): Promise<void> {
  const unit = await findOrgUnitByCode(ctx.db, seed.orgUnitCode);
  if (!unit) throw new Error(`Không tìm thấy đơn vị có mã "${seed.orgUnitCode}".`);
  await insertUser(ctx.db, {
    username: seed.username,
    displayName: seed.displayName,
    passwordHash: await hashNewPassword(password, seed.username),
    role: seed.role,
    orgUnitId: unit.id,
    active: true,
    canEditExpired: seed.canEditExpired ?? false,
    createdAt: ctx.clock.now().toISOString(),
  });
}
