import type { Role } from '@syt/core/api/contract.ts';

/**
 * Who may record directives and assign tasks: the roles the server grants `manage-tasks` (admin, leader, staff);
 * the server has the last word and answers FORBIDDEN.
 */
export const ASSIGNING_ROLES: readonly Role[] = ['admin', 'leader', 'staff'];
