import type { ReportStatus } from '@syt/core/api/reports.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { AppError, badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { may, type Action, type Actor } from '../access/access.policy.ts';

/** Who moves a report from one status to another: draft ⇄ final by a leader, final → issued by the department. */
const TRANSITIONS: Partial<Record<`${ReportStatus}>${ReportStatus}`, Action>> = {
  'draft>final': 'finalize-report',
  'final>draft': 'finalize-report',
  'final>issued': 'issue-report',
};

/** The action a status change needs; 409 when the change is not a step of the workflow (or the report is issued). */
export function transitionAction(from: ReportStatus, to: ReportStatus): Action {
  if (from === 'issued') throw new AppError(409, 'REPORT_LOCKED', vi.report.locked);
  const action = TRANSITIONS[`${from}>${to}`];
  const labels = vi.report.statusLabels;
  if (!action) throw new AppError(409, 'INVALID_TRANSITION', vi.report.invalidTransition(labels[from], labels[to]));
  return action;
}

/** An issued report carries its registration: a document number and a signing date (400 naming the missing field). */
export function requireIssuable(doc: ReportDocument): void {
  if (!doc.header.documentNumber.trim()) {
    throw badRequest(vi.report.documentNumberRequired, [{ field: 'header.documentNumber', message: vi.report.documentNumberRequired }]);
  }
  if (!doc.header.date) throw badRequest(vi.report.dateRequired, [{ field: 'header.date', message: vi.report.dateRequired }]);
}

/** Edits (saves, regeneration) are for drafts only; 409 otherwise. */
export function requireDraft(status: ReportStatus): void {
  if (status === 'issued') throw new AppError(409, 'REPORT_LOCKED', vi.report.locked);
  if (status !== 'draft') throw new AppError(409, 'REPORT_NOT_DRAFT', vi.report.notDraft);
}

/** What the actor may do with a report in its current status (shown as buttons by the editor). */
export function reportAbilities(actor: Actor, status: ReportStatus, orgUnitPath: string) {
  const can = (action: Action) => may(actor, action, orgUnitPath);
  return {
    edit: status === 'draft' && can('write-report'),
    regenerate: status === 'draft' && can('write-report'),
    finalize: status === 'draft' && can('finalize-report'),
    reopen: status === 'final' && can('finalize-report'),
    issue: status === 'final' && can('issue-report'),
  };
}
