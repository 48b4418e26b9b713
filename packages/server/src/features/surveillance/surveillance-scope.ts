/**
 * Who watches what. Everyone reads the alerts and outbreaks of their own scope. The provincial CDC — a health unit
 * whose code ends in `_CDC` (KT_CDC; see DATA_DICTIONARY) — watches the whole province it belongs to: its users'
 * scope is the CDC itself, yet the epidemics they investigate are in the districts. Recording (immediate reports,
 * outbreak cases and measures) needs a role that enters figures; handling alerts (verify, dismiss, open an outbreak,
 * close one by hand) needs `handle-alerts`, or a role that enters figures at the CDC.
 */
import { forbidden, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { surveillanceMessages as sm } from './surveillance.messages.ts';

/** Whether an org unit is a CDC (the rule is the unit's type and code: no setting to forget). */
export const isCdcUnit = (unit: { code: string; type: string }): boolean => unit.type === 'HEALTH_UNIT' && unit.code.endsWith('_CDC');

/** `/62/KT_CDC/` → `/62/`. */
export const parentPath = (path: string): string => path.replace(/[^/]+\/$/, '');

/** The actor with the subtree they watch. */
export interface Watcher extends Actor {
  /** Path prefix of the units whose alerts and outbreaks the actor sees. */
  watchPath: string;
  cdc: boolean;
}

/** The actor as surveillance sees them (one read of their scope's unit). */
export async function watcherOf(db: Executor, actor: Actor): Promise<Watcher> {
  const unit = await db.selectFrom('org_unit').select(['code', 'type']).where('path', '=', actor.scopePath).executeTakeFirst();
  const cdc = unit ? isCdcUnit(unit) : false;
  return { ...actor, cdc, watchPath: cdc ? parentPath(actor.scopePath) : actor.scopePath };
}

export type SurveillanceAction = 'read' | 'record' | 'handle';

/** Whether the role allows the action anywhere. */
export function roleMaySurveil(w: Watcher, action: SurveillanceAction): boolean {
  if (action === 'read') return true;
  if (action === 'record') return roleAllows(w.role, 'enter');
  return roleAllows(w.role, 'handle-alerts') || (w.cdc && roleAllows(w.role, 'enter'));
}

/** The one answer to "may this watcher do X at the unit with this path". */
export function maySurveil(w: Watcher, action: SurveillanceAction, unitPath: string): boolean {
  return unitPath.startsWith(w.watchPath) && roleMaySurveil(w, action);
}

/** Refuses a unit outside the watched subtree (named, for a unit the caller chose) or a role that may not act. */
export function requireSurveilUnit(w: Watcher, action: SurveillanceAction, unit: { name: string; path: string }): void {
  if (!roleMaySurveil(w, action)) throw forbidden(action === 'handle' ? sm.cannotHandle : undefined);
  if (!unit.path.startsWith(w.watchPath)) throw forbidden(vi.outsideScope(unit.name));
}

/**
 * Refuses an object (alert, outbreak) the watcher may not act on: outside the subtree it does not exist for them
 * (404, the same answer as a missing id); inside it, a role that may not act is refused (403).
 */
export function requireSurveilObject(w: Watcher, action: SurveillanceAction, unitPath: string, missing: string): void {
  if (!unitPath.startsWith(w.watchPath)) throw notFound(missing);
  if (!roleMaySurveil(w, action)) throw forbidden(action === 'handle' ? sm.cannotHandle : undefined);
}
