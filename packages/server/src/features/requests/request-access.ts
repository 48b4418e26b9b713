/**
 * Who sees and answers what in a reporting request. Those who approve units' work (staff, leaders, admins) see every
 * unit of their scope; a unit's own users (reporters, viewers) see only their unit, so a province-level reporter of
 * the provincial group does not read the districts' files.
 */
import { notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { roleAllows, inScope, type Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findRequest } from './requests.repository.ts';
import { findUnitRows } from './submissions.repository.ts';

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

/** A request the actor sees (one of its units is theirs to see); 404 otherwise, the same answer as when there is none. */
export async function requireVisibleRequest(db: Executor, actor: Actor, id: number) {
  const row = await findRequest(db, id);
  if (!row || (await findUnitRows(db, unitPathFilter(actor), id)).length === 0) throw notFound(vi.requests.notFound(id));
  return row;
}
