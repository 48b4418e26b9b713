import type { ReportStatus } from '@syt/core/api/reports.ts';
import type { Period } from '@syt/core/period/index.ts';
import { checkIssue, type IssueInput, type IssueProblem } from '@syt/core/report/issue/index.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import { AppError, badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { may, type Action, type Actor } from '../access/access.policy.ts';

/**
 * Who moves a report from one status to another: staff send a draft to the leader (Trình ký), the leader approves it
 * (Duyệt) or sends it back (Trả lại dự thảo), the department's clerical staff issue an approved one (Phát hành).
 */
const TRANSITIONS: Partial<Record<`${ReportStatus}>${ReportStatus}`, Action>> = {
  'draft>submitted': 'write-report',
  'submitted>final': 'finalize-report',
  'submitted>draft': 'finalize-report',
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

/**
 * The document as issued: the clerk's number, symbol and date written into its header; 400 naming each field
 * (`number`, `date`) that is missing or wrong, with nothing changed.
 */
export function issuedDocument(doc: ReportDocument, input: IssueInput, today: string, month: Period): ReportDocument {
  const check = checkIssue(input, { today, periodStart: month.startDate });
  if (!check.ok) {
    const details = check.problems.map((p) => ({ field: p.field, message: issueMessage(p, input, today, month) }));
    throw badRequest(details.map((d) => d.message).join(' '), details);
  }
  const header = { ...doc.header, documentNumber: check.number.number, documentSymbol: check.number.symbol, date: check.date };
  return { ...doc, header };
}

function issueMessage(problem: IssueProblem, input: IssueInput, today: string, month: Period): string {
  const m = vi.report.issue;
  if (problem.field === 'number') return problem.kind === 'missing' ? m.numberMissing : m.numberFormat(input.number?.trim() ?? '');
  switch (problem.kind) {
    case 'missing':
      return m.dateMissing;
    case 'invalid':
      return m.dateInvalid(input.date?.trim() ?? '');
    case 'future':
      return m.dateFuture(formatViDate(today));
    case 'beforePeriod':
      return m.dateBeforePeriod(formatViDate(month.startDate));
  }
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
    submit: status === 'draft' && can('write-report'),
    finalize: status === 'submitted' && can('finalize-report'),
    reopen: (status === 'submitted' || status === 'final') && can('finalize-report'),
    issue: status === 'final' && can('issue-report'),
  };
}
