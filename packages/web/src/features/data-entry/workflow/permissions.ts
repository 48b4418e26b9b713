import type { Role } from '@syt/core/api/contract.ts';
import type { FormStatus } from '@syt/core/completeness/index.ts';

const SUBMITTERS: readonly Role[] = ['reporter', 'staff', 'admin'];
const APPROVERS: readonly Role[] = ['staff', 'leader', 'admin'];
const SUBMITTED: readonly FormStatus[] = ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE'];

/** Which workflow buttons a role sees for a form in a status (the server checks again). */
export function workflowActions(role: Role, status: FormStatus) {
  const submitted = SUBMITTED.includes(status);
  return {
    submit: SUBMITTERS.includes(role) && (status === 'NOT_STARTED' || status === 'IN_PROGRESS'),
    approve: APPROVERS.includes(role) && submitted,
    reopen: APPROVERS.includes(role) && (submitted || status === 'APPROVED'),
  };
}
