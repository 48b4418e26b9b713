/** The data-entry API's shapes live in the shared contract; re-exported for the feature's files. */
export type {
  AuditEntry, AvailableForm, CellRef, CodeName, FormCheck, FormKey, FormOutlier, FormSection, FormView, FormWorkflow, HistoryPoint, OutsideBoundsValue, PendingForm,
} from '@syt/core/api/forms.ts';
