import { AppError, forbidden } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { may, roleAllows, type Action, type Actor } from './access.policy.ts';

/** Resolves an org-unit code and checks the actor may do the action there; returns the unit. */
export async function requireOrgUnitAccess(db: Executor, actor: Actor, action: Action, orgUnitCode: string, field = 'orgUnit') {
  const unit = await findOrgUnitByCode(db, orgUnitCode);
  if (!unit) {
    throw new AppError(400, 'UNKNOWN_ORG_UNIT', vi.unknownOrgUnit(orgUnitCode), [
      { field, message: vi.unknownOrgUnit(orgUnitCode) },
    ]);
  }
  if (!roleAllows(actor.role, action)) throw forbidden();
  if (!may(actor, action, unit.path)) throw forbidden(vi.outsideScope(unit.name));
  return unit;
}

/** Checks the actor's role allows an action that is not tied to one org unit (users, metadata). */
export function requireRole(actor: Actor, action: Action): void {
  if (!roleAllows(actor.role, action)) throw forbidden();
}
