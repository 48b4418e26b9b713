import type { ReportStatus } from '@syt/core/api/reports.ts';
import type { Period } from '@syt/core/period/index.ts';
import { checkIssue, type IssueInput, type IssueProblem } from '@syt/core/report/issue/index.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import { AppError, badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { may, type Action, type Actor } from '../access/access.policy.ts';

/**
 * Who moves a report from one status to another (any one of the actions suffices): staff send a draft to the leader
 * (Trình ký) and may take it back until it is approved (Rút lại), the leader approves it (Duyệt) or sends it back
 * (Trả lại dự thảo), the department's clerical staff issue an approved one (Phát hành).
 */
const TRANSITIONS: Partial<Record<`${ReportStatus}>${ReportStatus}`, readonly Action[]>> = {
  'draft>submitted': ['write-report'],
  'submitted>final': ['finalize-report'],
  'submitted>draft': ['finalize-report', 'write-report'],
  'final>draft': ['finalize-report'],
  'final>issued': ['issue-report'],
};

/** The actions that allow a status change; 409 when the change is not a step of the workflow (or the report is issued). */
export function transitionActions(from: ReportStatus, to: ReportStatus): readonly Action[] {
  if (from === 'issued') throw new AppError(409, 'REPORT_LOCKED', vi.report.locked);
  const actions = TRANSITIONS[`${from}>${to}`];
  const labels = vi.report.statusLabels;
  if (!actions) throw new AppError(409, 'INVALID_TRANSITION', vi.report.invalidTransition(labels[from], labels[to]));
  return actions;
}

/** A sent report taken back by its writers (not returned by an approver): the approvers are told it no longer waits. */
export function isWithdrawal(actor: Actor, from: ReportStatus, to: ReportStatus, orgUnitPath: string): boolean {
  return from === 'submitted' && to === 'draft' && !may(actor, 'finalize-report', orgUnitPath);
}

/**
 * The document as issued: the clerk's number, symbol and date written into its header; 400 naming each field
 * (`number`, `date`) that is missing or wrong, with nothing changed.
 */
export function issuedDocument(doc: ReportDocument, input: IssueInput, today: string, month: Pick<Period, 'startDate'> & { kind?: string }): ReportDocument {
  const check = checkIssue(input, { today, periodStart: month.startDate });
  if (!check.ok) {
    const details = check.problems.map((p) => ({ field: p.field, message: issueMessage(p, input, today, month) }));
    throw badRequest(details.map((d) => d.message).join(' '), details);
  }
  const header = { ...doc.header, documentNumber: check.number.number, documentSymbol: check.number.symbol, date: check.date };
  return { ...doc, header };
}

function issueMessage(problem: IssueProblem, input: IssueInput, today: string, month: Pick<Period, 'startDate'> & { kind?: string }): string {
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
      return m.dateBeforePeriod(formatViDate(month.startDate), (month.kind ?? 'monthly') === 'monthly');
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
    withdraw: status === 'submitted' && can('write-report') && !can('finalize-report'),
    issue: status === 'final' && can('issue-report'),
  };
}
