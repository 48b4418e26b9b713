import type { SaveValueAnswer } from '@syt/core/api/contract.ts';
import type { Violation } from '@syt/core/validation/violation.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import type {
  AuditEntry,
  AvailableForm,
  CellRef,
  FormCheck,
  FormKey,
  FormView,
  HistoryPoint,
  PendingForm,
} from './data-entry-types.ts';

type CellKey = CellRef & Pick<FormKey, 'orgUnit' | 'period'>;

const formParams = (key: FormKey) => ({ dataSet: key.dataSet, orgUnit: key.orgUnit, period: key.period });

const cellParams = (key: CellKey) => ({
  dataElement: key.dataElement,
  categoryOptionCombo: key.categoryOptionCombo,
  orgUnit: key.orgUnit,
  period: key.period,
});

/** GET /api/forms/available. */
export async function fetchAvailableForms(): Promise<AvailableForm[]> {
  return (await apiGet<{ forms: AvailableForm[] }>('/api/forms/available')).forms;
}

/** GET /api/forms/pending. */
export async function fetchPendingForms(): Promise<PendingForm[]> {
  return (await apiGet<{ forms: PendingForm[] }>('/api/forms/pending')).forms;
}

/** GET /api/forms. */
export function fetchForm(key: FormKey): Promise<FormView> {
  return apiGet<FormView>('/api/forms', formParams(key));
}

/**
 * PUT /api/data-values: an empty value deletes; the comment is saved with the value (omitting it clears it).
 * `expected` is the value the user last saw ('' for empty): if someone changed it since, 409 VALUE_CHANGED.
 * A value outside its bounds comes back with `outlier` (kept, marked for follow-up, a comment asked for).
 */
export async function putDataValue(key: CellKey & { value: string; comment: string; expected: string }): Promise<SaveValueAnswer> {
  const body = { ...cellParams(key), value: key.value, comment: key.comment, expected: key.expected || null };
  return apiSend<SaveValueAnswer>('PUT', '/api/data-values', body);
}

/** GET /api/data-values/history: the cell's 12 periods up to this one. */
export async function fetchCellHistory(key: CellKey): Promise<HistoryPoint[]> {
  return (await apiGet<{ history: HistoryPoint[] }>('/api/data-values/history', cellParams(key))).history;
}

/** GET /api/data-values/audit: the cell's changes, newest first. */
export async function fetchCellAudit(key: CellKey): Promise<AuditEntry[]> {
  return (await apiGet<{ audit: AuditEntry[] }>('/api/data-values/audit', cellParams(key))).audit;
}

/** GET /api/forms/validation: the rules the form breaks and its values outside their bounds. */
export function fetchFormCheck(key: FormKey): Promise<FormCheck> {
  return apiGet<FormCheck>('/api/forms/validation', formParams(key));
}

/** POST /api/forms/submit: the remaining (non-blocking) violations, or 409 VALIDATION_BLOCKS_SUBMIT. */
export async function submitForm(key: FormKey): Promise<Violation[]> {
  return (await apiSend<{ violations: Violation[] }>('POST', '/api/forms/submit', formParams(key))).violations;
}

/** POST /api/forms/approve: the form as it now stands. */
export function approveForm(key: FormKey): Promise<FormView> {
  return apiSend<FormView>('POST', '/api/forms/approve', formParams(key));
}

/** POST /api/forms/reopen with the reason: the form as it now stands. */
export function reopenForm(key: FormKey, reason: string): Promise<FormView> {
  return apiSend<FormView>('POST', '/api/forms/reopen', { ...formParams(key), reason });
}

/** Address of the Excel form (GET /api/forms/xlsx), for a plain download link. */
export function excelFormUrl(key: FormKey): string {
  return `/api/forms/xlsx?${new URLSearchParams(formParams(key)).toString()}`;
}
