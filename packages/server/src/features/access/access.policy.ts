import type { Role } from '@syt/core/api/contract.ts';

/** The signed-in user as every access decision sees it. */
export interface Actor {
  id: number;
  username: string;
  role: Role;
  /** Path of the scope root (`/62/615/`): the user may act on that unit and everything below. */
  scopePath: string;
  /** May enter values after a period's entry window has closed. */
  canEditExpired: boolean;
}

/**
 * What a user may want to do to something under an org unit. Reports: `write-report` drafts, edits and regenerates
 * them and sets their header defaults (the department's staff); `finalize-report` signs a draft off or sends it back
 * (a leader); `issue-report` registers a final report as issued (the department's clerical staff). Tasks:
 * `manage-tasks` records directives and creates, assigns, edits and confirms tasks (leaders and the department's staff); `comment-task` adds a leader's
 * comment; `report-progress` posts progress on a task of one's own unit. Data quality: `manage-quality` generates
 * and sets min–max bounds and marks values for follow-up (the department's staff). Targets: `set-targets` records
 * the targets a decision gives the units below one's own (the department's staff). Surveillance: `handle-alerts`
 * verifies or dismisses an epidemic alert, opens an outbreak from it and closes an outbreak by hand (the department's
 * staff; the CDC's own users too, see features/surveillance/surveillance-scope.ts).
 */
export type Action =
  | 'read' | 'enter' | 'approve' | 'administer' | 'write-report' | 'finalize-report' | 'issue-report'
  | 'manage-tasks' | 'comment-task' | 'report-progress' | 'manage-quality' | 'set-targets' | 'handle-alerts';

const ACTIONS_BY_ROLE: Record<Role, readonly Action[]> = {
  admin: ['read', 'enter', 'approve', 'administer', 'write-report', 'finalize-report', 'issue-report', 'manage-tasks', 'comment-task', 'report-progress', 'manage-quality', 'set-targets', 'handle-alerts'],
  staff: [
    'read', 'enter', 'approve', 'write-report', 'issue-report', 'manage-tasks', 'comment-task', 'report-progress', 'manage-quality', 'set-targets',
    'handle-alerts',
  ],
  leader: ['read', 'approve', 'finalize-report', 'manage-tasks', 'comment-task'],
  reporter: ['read', 'enter', 'report-progress'],
  viewer: ['read'],
};

/** Whether the role allows the action at all, wherever it is. */
export function roleAllows(role: Role, action: Action): boolean {
  return ACTIONS_BY_ROLE[role].includes(action);
}

/** Whether an org unit (by its path) lies inside the actor's scope. */
export function inScope(actor: Actor, orgUnitPath: string): boolean {
  return orgUnitPath.startsWith(actor.scopePath);
}

/** Whether the actor's scope is a root unit (`/62/`): only such a scope spans the whole installation. */
export function hasRootScope(actor: Actor): boolean {
  return /^\/[^/]+\/$/.test(actor.scopePath);
}

/** The one answer to "may this user do X on org unit Y". */
export function may(actor: Actor, action: Action, orgUnitPath: string): boolean {
  return roleAllows(actor.role, action) && inScope(actor, orgUnitPath);
}
