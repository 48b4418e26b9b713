/**
 * Who may do what with a unit's review: the unit's own users who enter its data write and send it (a district
 * reporter too, though reporters write no other report); everyone above reads it, nobody else writes it.
 */
import { inScope, roleAllows, type Action, type Actor } from '../access/access.policy.ts';
import { maySubmitFor } from '../requests/request-access.ts';

/** Whether the actor is a user of the unit itself who may answer for it. */
export function mayWriteReview(actor: Actor, unitPath: string): boolean {
  return actor.scopePath === unitPath && maySubmitFor(actor, unitPath);
}

/** The report actions on a review instance (whose reading the caller checked): reading, and writing for its unit only. */
export function mayOnReview(actor: Actor, action: Action, unitPath: string): boolean {
  if (action === 'read') return roleAllows(actor.role, 'read');
  return action === 'write-report' && mayWriteReview(actor, unitPath);
}

/** The editor's buttons on a review: edit and regenerate while it is a draft; sending goes through the request. */
export function reviewAbilities(actor: Actor, status: string, unitPath: string) {
  const write = status === 'draft' && mayWriteReview(actor, unitPath);
  return { edit: write, regenerate: write, submit: false, finalize: false, reopen: false, withdraw: false, issue: false };
}

/** Whether the actor oversees the unit (staff, leaders, admins above it) and so may return its sent review. */
export function mayReturnReview(actor: Actor, unitPath: string): boolean {
  return roleAllows(actor.role, 'approve') && inScope(actor, unitPath) && actor.scopePath !== unitPath;
}
