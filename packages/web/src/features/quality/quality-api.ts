import type { OutlierRow, QualityRange, ValidationRow } from '@syt/core/api/quality.ts';
import type { HistoryCell, HistoryCounts } from '@syt/core/quality/reporting-history.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export type OutlierRequest = QualityRange;
export type { OutlierRow };

export interface OutlierList {
  rows: OutlierRow[];
  truncated: boolean;
}

const params = (r: OutlierRequest) => ({ dataSet: r.dataSet, orgUnit: r.orgUnit, from: r.from, to: r.to });

/** GET /api/quality/outliers. */
export function fetchOutliers(request: OutlierRequest): Promise<OutlierList> {
  return apiGet<OutlierList>('/api/quality/outliers', params(request));
}

/** The download address of the list (GET /api/quality/outliers/export). */
export function outlierExportUrl(request: OutlierRequest, format: 'csv' | 'xlsx'): string {
  return `/api/quality/outliers/export?${new URLSearchParams({ ...params(request), format }).toString()}`;
}

export type ViolationRow = ValidationRow;

export interface ViolationList {
  checked: number;
  notReported: number;
  rows: ViolationRow[];
  truncated: boolean;
}

/** GET /api/quality/validation. */
export function fetchViolationAnalysis(request: OutlierRequest): Promise<ViolationList> {
  return apiGet<ViolationList>('/api/quality/validation', params(request));
}

/** The download address of the failed rules (GET /api/quality/validation/export). */
export function violationExportUrl(request: OutlierRequest, format: 'csv' | 'xlsx'): string {
  return `/api/quality/validation/export?${new URLSearchParams({ ...params(request), format }).toString()}`;
}

/** A unit's year of one form (GET /api/quality/completeness-history); a null month: the unit did not exist. */
export interface HistoryRow {
  orgUnit: { code: string; name: string };
  months: (HistoryCell | null)[];
  counts: HistoryCounts;
}

/** GET /api/quality/completeness-history. */
export function fetchHistory(request: HistoryRequest): Promise<{ year: number; rows: HistoryRow[] }> {
  return apiGet('/api/quality/completeness-history', { ...request });
}

/** The download address of a year's history (GET /api/quality/completeness-history/export). */
export function historyExportUrl(request: HistoryRequest, format: 'csv' | 'xlsx'): string {
  return `/api/quality/completeness-history/export?${new URLSearchParams({ ...request, format }).toString()}`;
}

export interface HistoryRequest {
  dataSet: string;
  orgUnit: string;
  year: string;
}

/** PUT /api/quality/follow-up. */
export function putFollowUp(row: OutlierRow, followUp: boolean): Promise<{ followUp: boolean }> {
  const { dataElement, categoryOptionCombo, orgUnit, period } = row;
  return apiSend('PUT', '/api/quality/follow-up', { dataElement, categoryOptionCombo, orgUnit, period, followUp });
}

/** POST /api/quality/bounds/generate: the data set's bounds at the unit and below, from history. */
export function regenerateBounds(request: Pick<OutlierRequest, 'dataSet' | 'orgUnit'>): Promise<{ series: number }> {
  return apiSend('POST', '/api/quality/bounds/generate', request);
}
