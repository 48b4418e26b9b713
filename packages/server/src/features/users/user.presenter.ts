import type { Role, UserView } from '@syt/core/api/contract.ts';
import type { UserRecord } from './user.repository.ts';

/** The API shape of a user; never carries the password hash. */
export function presentUser(u: UserRecord, nowIso: string): UserView {
  return {
    id: Number(u.id),
    username: u.username,
    displayName: u.display_name,
    email: u.email ?? null,
    role: u.role as Role,
    orgUnit: { code: u.org_unit_code, name: u.org_unit_name },
    active: Boolean(u.active),
    canEditExpired: Boolean(u.can_edit_expired),
    lockedUntil: u.locked_until && u.locked_until > nowIso ? u.locked_until : null,
  };
}
