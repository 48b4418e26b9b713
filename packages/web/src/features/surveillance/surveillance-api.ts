import type {
  AlertListView,
  AlertOutbreakInput,
  AlertView,
  ImmediateReportInput,
  ImmediateReportListView,
  ImmediateReportView,
  OutbreakCasesInput,
  OutbreakCloseInput,
  OutbreakListView,
  OutbreakMeasureInput,
  OutbreakView,
  SurveillanceDiseaseListView,
  SurveillanceOverviewView,
} from '@syt/core/api/surveillance.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client.ts';

const BASE = '/api/surveillance';
/** One page of a list: the pages are short enough to read, the server allows up to 200. */
export const PAGE_SIZE = 50;

/** Every cached answer of this feature starts with this key, so one invalidation refreshes them all after a change. */
export const SURVEILLANCE_KEY = ['surveillance'] as const;

/** The diseases with their surveillance settings (immediate, threshold method). */
export const diseasesQuery = queryOptions({
  queryKey: [...SURVEILLANCE_KEY, 'diseases'] as const,
  queryFn: () => apiGet<SurveillanceDiseaseListView>(`${BASE}/diseases`),
  staleTime: 5 * 60_000,
});

/** The 52 weeks of a disease at a unit against its threshold, and the units under it by alert state. */
export function overviewQuery(disease: string, unit: string | undefined) {
  return queryOptions({
    queryKey: [...SURVEILLANCE_KEY, 'overview', disease, unit ?? ''] as const,
    queryFn: () => apiGet<SurveillanceOverviewView>(`${BASE}/overview`, { disease, unit }),
  });
}

export interface AlertFilter {
  status?: string;
  disease?: string;
  unit?: string;
  page: number;
}

/** A page of alerts, newest first, within the user's scope. */
export function alertsQuery(filter: AlertFilter) {
  return queryOptions({
    queryKey: [...SURVEILLANCE_KEY, 'alerts', filter] as const,
    queryFn: () =>
      apiGet<AlertListView>(`${BASE}/alerts`, {
        status: filter.status,
        disease: filter.disease,
        unit: filter.unit,
        page: String(filter.page),
        pageSize: String(PAGE_SIZE),
      }),
  });
}

export function alertQuery(id: number) {
  return queryOptions({
    queryKey: [...SURVEILLANCE_KEY, 'alert', id] as const,
    queryFn: () => apiGet<AlertView>(`${BASE}/alerts/${id}`),
  });
}

export function verifyAlert(id: number): Promise<AlertView> {
  return apiSend('POST', `${BASE}/alerts/${id}/verify`);
}

export function dismissAlert(id: number, reason: string): Promise<AlertView> {
  return apiSend('POST', `${BASE}/alerts/${id}/dismiss`, { reason });
}

export function openOutbreakFromAlert(id: number, input: AlertOutbreakInput): Promise<OutbreakView> {
  return apiSend('POST', `${BASE}/alerts/${id}/outbreak`, input);
}

export interface OutbreakFilter {
  status?: string;
  disease?: string;
  unit?: string;
  page: number;
}

/** A page of outbreaks, newest start first. */
export function outbreaksQuery(filter: OutbreakFilter) {
  return queryOptions({
    queryKey: [...SURVEILLANCE_KEY, 'outbreaks', filter] as const,
    queryFn: () =>
      apiGet<OutbreakListView>(`${BASE}/outbreaks`, {
        status: filter.status,
        disease: filter.disease,
        unit: filter.unit,
        page: String(filter.page),
        pageSize: String(PAGE_SIZE),
      }),
  });
}

export function outbreakQuery(id: number) {
  return queryOptions({
    queryKey: [...SURVEILLANCE_KEY, 'outbreak', id] as const,
    queryFn: () => apiGet<OutbreakView>(`${BASE}/outbreaks/${id}`),
  });
}

export function addOutbreakCases(id: number, input: OutbreakCasesInput): Promise<OutbreakView> {
  return apiSend('POST', `${BASE}/outbreaks/${id}/cases`, input);
}

export function addOutbreakMeasure(id: number, input: OutbreakMeasureInput): Promise<OutbreakView> {
  return apiSend('POST', `${BASE}/outbreaks/${id}/measures`, input);
}

export function closeOutbreak(id: number, input: OutbreakCloseInput): Promise<OutbreakView> {
  return apiSend('POST', `${BASE}/outbreaks/${id}/close`, input);
}

/** The latest immediate reports in the user's scope (first page). */
export const immediateReportsQuery = queryOptions({
  queryKey: [...SURVEILLANCE_KEY, 'immediate-reports'] as const,
  queryFn: () => apiGet<ImmediateReportListView>(`${BASE}/immediate-reports`, { page: '1', pageSize: '20' }),
});

export function sendImmediateReport(input: ImmediateReportInput): Promise<ImmediateReportView> {
  return apiSend('POST', `${BASE}/immediate-reports`, input);
}
