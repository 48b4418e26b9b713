/** The data-entry API's shapes live in the shared contract; re-exported for the feature's files. */
export type {
  AuditEntry, AvailableForm, CellRef, CodeName, FormKey, FormOutlier, FormSection, FormView, FormWorkflow, HistoryPoint, PendingForm,
} from '@syt/core/api/forms.ts';
