/**
 * Who sees and answers what in a reporting request. Those who approve units' work (staff, leaders, admins) see every
 * unit of their scope; a unit's own users (reporters, viewers) see only their unit, so a province-level reporter of
 * the provincial group does not read the districts' files.
 */
import { roleAllows, inScope, type Actor } from '../access/access.policy.ts';

/** Whether the actor sees a unit's submission, files and status. */
export function seesUnit(actor: Actor, unitPath: string): boolean {
  return seesWholeScope(actor) ? inScope(actor, unitPath) : unitPath === actor.scopePath;
}

/** Whether the actor may send a unit's report: its own user who enters data, or staff on its behalf. */
export function maySubmitFor(actor: Actor, unitPath: string): boolean {
  return roleAllows(actor.role, 'enter') && seesUnit(actor, unitPath);
}

/** The SQL filter on unit paths matching `seesUnit`. */
export function unitPathFilter(actor: Actor): { prefix: string } | { exact: string } {
  return seesWholeScope(actor) ? { prefix: actor.scopePath } : { exact: actor.scopePath };
}

function seesWholeScope(actor: Actor): boolean {
  return roleAllows(actor.role, 'approve');
}
