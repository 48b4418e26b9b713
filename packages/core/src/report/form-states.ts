/** Form states from the entry workflow, and which stored figures a report may use given the states it counts. */
import type { FormState } from './completeness.ts';
import type { FigureRow } from './figures.ts';

/** A form's workflow row status, or null when it was never submitted. */
export type WorkflowStatus = 'SUBMITTED' | 'APPROVED' | 'REOPENED' | null;

/** A form's state: approved or submitted from its workflow, else draft when it holds a value, else missing. */
export function formState(workflow: WorkflowStatus, hasValues: boolean): FormState {
  if (workflow === 'APPROVED') return 'approved';
  if (workflow === 'SUBMITTED') return 'submitted';
  return hasValues ? 'draft' : 'missing';
}

/** What the row filter needs to know about the forms of a report's subtree. */
export interface FormIndex {
  /** The data sets that hold an element. */
  dataSetsOf(element: string): readonly string[];
  /** Whether the data set is assigned to the unit. */
  isAssigned(dataSet: string, orgUnit: string): boolean;
  /** The form's workflow status in a period. */
  workflow(dataSet: string, orgUnit: string, period: string): WorkflowStatus;
}

/**
 * A filter keeping the rows whose form the report counts. A row's form is that of the first unit, among the row's
 * own unit and `unitsAbove(row)`, that its element's data set is assigned to; a row with no such form is kept (no
 * form governs it). A stored row holds a value, so an unsubmitted form is a draft.
 */
export function countedRowFilter(
  index: FormIndex, counted: readonly FormState[], unitsAbove: (orgUnit: string) => readonly string[],
): (row: FigureRow) => boolean {
  return (row) => {
    for (const dataSet of index.dataSetsOf(row.element)) {
      const unit = [row.orgUnit, ...unitsAbove(row.orgUnit)].find((u) => index.isAssigned(dataSet, u));
      if (unit !== undefined) return counted.includes(formState(index.workflow(dataSet, unit, row.period), true));
    }
    return true;
  };
}
