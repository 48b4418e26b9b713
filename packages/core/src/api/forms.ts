/**
 * Response shapes of the data-entry, workflow and completeness API: the server's services are typed with
 * them and the web reads them, so a change on one side is a type error on the other.
 */
import type { CellOutlier } from './contract.ts';
import type { CompletenessSummary, EntryState, FormStatus } from '../completeness/index.ts';
import type { DataValue } from '../datavalue/types.ts';
import type { GridBlock } from '../form/section-grid.ts';
import type { PeriodType } from '../metadata/types.ts';
import type { Violation } from '../validation/violation.ts';

export interface CodeName {
  code: string;
  name: string;
}

/** Which form: data set × org unit × period, all by code. */
export interface FormKey {
  dataSet: string;
  orgUnit: string;
  period: string;
}

/** GET /api/forms/available: data sets with the org units in the user's scope. */
export interface AvailableForm {
  dataSet: CodeName & { periodType: PeriodType };
  orgUnits: CodeName[];
}

export interface FormSection {
  code: string;
  name: string;
  blocks: GridBlock[];
}

export interface FormWorkflow {
  status: FormStatus;
  label: string;
  submittedAt: string | null;
  /** The person's display name (with their title), not the login name. */
  submittedBy: string | null;
  approvedAt: string | null;
  /** The person's display name (with their title), not the login name. */
  approvedBy: string | null;
  reopenReason: string | null;
}

/** GET /api/forms: layout, stored values, workflow and entry window of one form. */
export interface FormView {
  dataSet: CodeName & { periodType: PeriodType; sections: FormSection[] };
  orgUnit: CodeName;
  period: { code: string; type: PeriodType; startDate: string; endDate: string };
  values: DataValue[];
  /** Values saved outside their bounds and still marked for follow-up (the grid's flags after a reload). */
  outliers: FormOutlier[];
  workflow: FormWorkflow;
  window: { dueDate: string; closesOn: string; state: EntryState; editable: boolean };
}

/** One cell of a form: the value's key without org unit and period. */
export interface CellRef {
  dataElement: string;
  categoryOptionCombo: string;
}

/** A cell of the form flagged as outside its bounds, as its save answered. */
export interface FormOutlier extends CellRef {
  outlier: CellOutlier;
}

/** A value of the form outside its min–max bounds, as "Kiểm tra số liệu" lists it. */
export interface OutsideBoundsValue extends CellRef {
  value: number;
  bounds: { min: number; max: number };
  comment: string | null;
  /** Still marked for follow-up (staff clear the mark once they have checked the value). */
  followUp: boolean;
}

/** GET /api/forms/validation: the rules the form's values break, and its values outside their bounds. */
export interface FormCheck {
  violations: Violation[];
  outliers: OutsideBoundsValue[];
}

export interface HistoryPoint {
  period: string;
  value: string | null;
}

export interface AuditEntry {
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  oldValue: string | null;
  newValue: string | null;
  oldComment: string | null;
  newComment: string | null;
  /** The person's display name (with their title), not the login name. */
  changedBy: string;
  changedAt: string;
}

/** GET /api/forms/pending: the user's forms still to do. */
export interface PendingForm {
  dataSet: CodeName;
  orgUnit: CodeName;
  period: string;
  dueDate: string;
  status: FormStatus;
  label: string;
  overdue: boolean;
  dueSoon: boolean;
}

export interface CompletenessRow {
  orgUnit: CodeName;
  status: FormStatus;
  label: string;
  dueDate: string;
  submittedAt: string | null;
  onTime: boolean;
  overdue: boolean;
}

/** GET /api/completeness */
export interface CompletenessView {
  dataSet: CodeName;
  period: string;
  dueDate: string;
  summary: CompletenessSummary;
  rows: CompletenessRow[];
}
