import { queryOptions } from '@tanstack/react-query';
import {
  fetchAvailableForms,
  fetchCellAudit,
  fetchCellHistory,
  fetchForm,
  fetchPendingForms,
} from './data-entry-api.ts';
import type { CellRef, FormKey } from './data-entry-types.ts';

/** Query keys of forms; workflow actions invalidate `formKeys.all`. */
export const formKeys = {
  all: ['forms'] as const,
  detail: (key: FormKey) => ['forms', 'detail', key.dataSet, key.orgUnit, key.period] as const,
  cell: (key: FormKey, cell: CellRef) =>
    ['data-values', key.orgUnit, key.period, cell.dataElement, cell.categoryOptionCombo] as const,
};

/** The data sets and org units the user may open (pickers). */
export const availableFormsQuery = queryOptions({
  queryKey: ['forms', 'available'] as const,
  queryFn: fetchAvailableForms,
  staleTime: 5 * 60_000,
});

/** The user's forms still to do (home page). */
export const pendingFormsQuery = queryOptions({
  queryKey: ['forms', 'pending'] as const,
  queryFn: fetchPendingForms,
  staleTime: 0,
});

/** One form; refetched on every visit so another user's submission or approval shows. */
export function formQuery(key: FormKey) {
  return queryOptions({ queryKey: formKeys.detail(key), queryFn: () => fetchForm(key), staleTime: 0 });
}

/** The focused cell's last 12 periods. */
export function cellHistoryQuery(key: FormKey, cell: CellRef) {
  return queryOptions({
    queryKey: [...formKeys.cell(key, cell), 'history'] as const,
    queryFn: () => fetchCellHistory({ ...cell, orgUnit: key.orgUnit, period: key.period }),
  });
}

/** The focused cell's audit trail. */
export function cellAuditQuery(key: FormKey, cell: CellRef) {
  return queryOptions({
    queryKey: [...formKeys.cell(key, cell), 'audit'] as const,
    queryFn: () => fetchCellAudit({ ...cell, orgUnit: key.orgUnit, period: key.period }),
    staleTime: 0,
  });
}
