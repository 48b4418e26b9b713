/** Where one form (data set × org unit × period) stands, as the completeness view shows it. */
export const FORM_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'APPROVED'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/** The stored workflow state: no row is a draft. */
export type WorkflowState = 'SUBMITTED' | 'APPROVED' | 'REOPENED';

export interface FormFacts {
  hasValues: boolean;
  workflow: WorkflowState | null;
  /** Vietnam calendar date of the (last) submission. */
  submittedOn: string | null;
  dueDate: string;
}

/** Derives the status from stored facts (never stored itself, so it cannot drift). */
export function formStatus(f: FormFacts): FormStatus {
  if (f.workflow === 'APPROVED') return 'APPROVED';
  if (f.workflow === 'SUBMITTED') return f.submittedOn && f.submittedOn <= f.dueDate ? 'SUBMITTED_ON_TIME' : 'SUBMITTED_LATE';
  return f.hasValues || f.workflow === 'REOPENED' ? 'IN_PROGRESS' : 'NOT_STARTED';
}

/** Whether a form is overdue on a given day: due date passed and not submitted. */
export function isOverdue(status: FormStatus, dueDate: string, today: string): boolean {
  return (status === 'NOT_STARTED' || status === 'IN_PROGRESS') && today > dueDate;
}

/** Whether a submission counted as on time (approval keeps the original timeliness). */
export function wasOnTime(submittedOn: string | null, dueDate: string): boolean {
  return submittedOn !== null && submittedOn <= dueDate;
}
