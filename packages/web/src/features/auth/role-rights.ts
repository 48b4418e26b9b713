import type { Role } from '@syt/core/api/contract.ts';

/** Roles that enter data (forms and file imports); the server's access policy gives the same roles `enter`. */
const ENTRY_ROLES: readonly Role[] = ['admin', 'staff', 'reporter'];

/** Whether the role enters data, so the web offers entry and import only where the server would accept them. */
export function mayEnterData(role: Role): boolean {
  return ENTRY_ROLES.includes(role);
}
