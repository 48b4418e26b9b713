/**
 * Sharing of saved analytics (favourites and dashboards alike): named users, who must be active accounts, and whole
 * roles. Stored as one row per grantee; the owner always may open, so naming the owner stores nothing.
 */
import type { Sharing } from '@syt/core/api/analytics.ts';
import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { badRequest } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { favouriteMessages as m } from './favourites.messages.ts';

export interface ShareRow {
  grantee_kind: 'USER' | 'ROLE';
  grantee: string;
}

/** The rows storing a sharing: each user and role once, the owner left out. */
export function shareRows(sharing: Sharing, owner: string): ShareRow[] {
  const users = [...new Set(sharing.users)].filter((u) => u !== owner);
  const roles = [...new Set(sharing.roles)];
  return [
    ...users.map((grantee) => ({ grantee_kind: 'USER' as const, grantee })),
    ...roles.map((grantee) => ({ grantee_kind: 'ROLE' as const, grantee })),
  ];
}

/** Stored rows back to the API's sharing, users and roles each sorted. */
export function sharingOf(rows: readonly ShareRow[]): Sharing {
  const of = (kind: ShareRow['grantee_kind']) =>
    rows
      .filter((r) => r.grantee_kind === kind)
      .map((r) => r.grantee)
      .sort();
  return { users: of('USER'), roles: of('ROLE') as Sharing['roles'] };
}

/** Whether the sharing rows let the actor open the object (the owner and admins are judged by the caller). */
export function sharedWith(actor: Actor, rows: readonly ShareRow[]): boolean {
  return rows.some((r) => (r.grantee_kind === 'USER' ? r.grantee === actor.username : r.grantee === actor.role));
}

/** Refuses (400, naming `sharing.users.N`) a sharing that names a login which is not an active account. */
export async function requireActiveUsers(db: Executor, users: readonly string[]): Promise<void> {
  if (users.length === 0) return;
  const found = await db
    .selectFrom('app_user')
    .select('username')
    .where('username', 'in', [...new Set(users)])
    .where('active', '=', 1)
    .execute();
  const active = new Set(found.map((r) => r.username));
  const details: ApiFieldError[] = users.flatMap((u, i) =>
    active.has(u) ? [] : [{ field: `sharing.users.${i}`, message: m.unknownUser(u) }],
  );
  if (details.length) throw badRequest(m.sharingFailed, details);
}
