/**
 * Who may do what with saved analytics. Every role may save and share: a favourite holds a question, not data; the
 * data is scope-checked when the question runs through /api/analytics, so whoever opens a shared favourite sees only
 * what they may see. Its owner and admins change or delete it; whoever it is not shared with cannot tell it exists.
 */
import type { Actor } from '../access/access.policy.ts';

/** Whether the actor may change or delete a saved object of this owner. */
export function mayEditFavourite(actor: Actor, owner: string): boolean {
  return actor.role === 'admin' || actor.username === owner;
}
