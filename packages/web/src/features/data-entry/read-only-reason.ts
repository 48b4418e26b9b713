import type { Role } from '@syt/core/api/contract.ts';
import { formatIsoDate } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import { mayEnterData } from '../auth/role-rights.ts';
import type { FormView } from './data-entry-types.ts';

/** Why the form cannot be edited now (approved, submitted, window closed or not open yet, role), or null. */
export function readOnlyReason(form: FormView, role: Role): string | null {
  if (form.window.editable) return null;
  const r = vi.dataEntry.readOnly;
  if (form.workflow.status === 'APPROVED') return r.approved;
  if (form.workflow.status === 'SUBMITTED_ON_TIME' || form.workflow.status === 'SUBMITTED_LATE') return r.submitted;
  if (!mayEnterData(role)) return r.role;
  if (form.window.state === 'FUTURE') return r.future;
  return r.closed(formatIsoDate(form.window.closesOn));
}
