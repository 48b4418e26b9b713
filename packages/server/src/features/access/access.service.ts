import { AppError, forbidden } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { accessMessages } from './access.messages.ts';
import { hasRootScope, may, roleAllows, type Action, type Actor } from './access.policy.ts';

/** Resolves an org-unit code and checks the actor may do the action there; returns the unit. */
export async function requireOrgUnitAccess(db: Executor, actor: Actor, action: Action, orgUnitCode: string, field = 'orgUnit') {
  const unit = await findOrgUnitByCode(db, orgUnitCode);
  if (!unit) {
    throw new AppError(400, 'UNKNOWN_ORG_UNIT', vi.unknownOrgUnit(orgUnitCode), [
      { field, message: vi.unknownOrgUnit(orgUnitCode) },
    ]);
  }
  return requireUnitAccess(actor, action, unit);
}

/** Checks the actor may do the action at an org unit already found; returns the unit. */
export function requireUnitAccess<U extends { name: string; path: string }>(actor: Actor, action: Action, unit: U): U {
  requireRole(actor, action);
  if (!may(actor, action, unit.path)) throw forbidden(vi.outsideScope(unit.name));
  return unit;
}

/** Checks the actor's role allows an action that is not tied to one org unit (users, metadata). */
export function requireRole(actor: Actor, action: Action): void {
  if (!roleAllows(actor.role, action)) throw forbidden(roleRefusal(actor, action));
}

/** Names what the role may not do where a user would otherwise blame the unit or the file (entry). */
function roleRefusal(actor: Actor, action: Action): string | undefined {
  return action === 'enter' ? accessMessages.roleCannotEnter(actor.role) : undefined;
}

/**
 * Metadata (org units, elements, data sets, rules) is configuration shared by the whole province: only an
 * admin whose scope is a root unit may change it, else a district admin could re-parent a neighbour into
 * their own subtree and so widen their scope.
 */
export function requireMetadataAuthority(actor: Actor): void {
  requireRole(actor, 'administer');
  if (!hasRootScope(actor)) throw forbidden(accessMessages.metadataRootOnly);
}
