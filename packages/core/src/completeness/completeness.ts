import { isOverdue, type FormStatus } from './form-status.ts';

export interface FormRow {
  orgUnit: string;
  status: FormStatus;
  dueDate: string;
  submittedOn: string | null;
  onTime: boolean;
}

export interface CompletenessSummary {
  expected: number;
  submitted: number;
  onTime: number;
  overdue: number;
  /** Submitted (or approved) forms over expected forms, in percent; null when nothing is expected. */
  reportingRate: number | null;
  onTimeRate: number | null;
}

/** Reporting and on-time rates over the assigned org units of one data set and period. */
export function summarizeCompleteness(rows: FormRow[], today: string): CompletenessSummary {
  const expected = rows.length;
  const submitted = rows.filter((r) => r.status === 'SUBMITTED_ON_TIME' || r.status === 'SUBMITTED_LATE' || r.status === 'APPROVED').length;
  const onTime = rows.filter((r) => r.onTime).length;
  const overdue = rows.filter((r) => isOverdue(r.status, r.dueDate, today)).length;
  const rate = (n: number) => (expected === 0 ? null : (n / expected) * 100);
  return { expected, submitted, onTime, overdue, reportingRate: rate(submitted), onTimeRate: rate(onTime) };
}
