import type { Role } from '@syt/core/api/contract.ts';
import type { FormStatus } from '@syt/core/completeness/index.ts';

const SUBMITTERS: readonly Role[] = ['reporter', 'staff', 'admin'];
const APPROVERS: readonly Role[] = ['staff', 'leader', 'admin'];
const SUBMITTED: readonly FormStatus[] = ['SUBMITTED_ON_TIME', 'SUBMITTED_LATE'];

/** Whether a role may submit forms: the submit button, and the import's option to submit the forms it fills. */
export const maySubmit = (role: Role) => SUBMITTERS.includes(role);

/** Which workflow buttons a role sees for a form in a status (the server checks again). */
export function workflowActions(role: Role, status: FormStatus) {
  const submitted = SUBMITTED.includes(status);
  return {
    submit: maySubmit(role) && (status === 'NOT_STARTED' || status === 'IN_PROGRESS'),
    approve: APPROVERS.includes(role) && submitted,
    reopen: APPROVERS.includes(role) && (submitted || status === 'APPROVED'),
  };
}
