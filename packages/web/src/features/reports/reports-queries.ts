import type { ReportKind } from '@syt/core/report/report-period.ts';
import type { ReportStatus } from '@syt/core/api/reports.ts';
import { queryOptions } from '@tanstack/react-query';
import {
  fetchCountedStates,
  fetchReportComparison,
  fetchReportInstance,
  fetchReportInstances,
  fetchReportPreview,
  fetchReportSettings,
  fetchReportsByStatus,
  fetchReportVersions,
  fetchReportWarnings,
} from './reports-api.ts';

/** Query keys; a save or status change invalidates everything under `reportKeys.instance(id)`. */
export const reportKeys = {
  all: ['reports'] as const,
  list: (org: string, period: string, kind: ReportKind = 'monthly') => ['reports', 'list', org, period, kind] as const,
  preview: (org: string, period: string, drafts: boolean, kind: ReportKind = 'monthly') => ['reports', 'preview', org, period, drafts, kind] as const,
  countedStates: ['reports', 'counted-states'] as const,
  settings: (org: string) => ['reports', 'settings', org] as const,
  instance: (id: number) => ['reports', 'instance', id] as const,
};

/** Reports in one status (the home page's "waiting for approval"); refreshed by any save or status change. */
export function reportsByStatusQuery(status: ReportStatus) {
  return queryOptions({
    queryKey: ['reports', 'list', 'status', status] as const,
    queryFn: () => fetchReportsByStatus(status),
    staleTime: 0,
  });
}

export function reportListQuery(org: string, period: string, kind: ReportKind = 'monthly') {
  return queryOptions({
    queryKey: reportKeys.list(org, period, kind),
    queryFn: () => fetchReportInstances(org, period, kind),
    staleTime: 0,
  });
}

/** The preview is written from live data; it is kept a minute since writing it reads a year of figures. */
export function reportPreviewQuery(org: string, period: string, drafts: boolean, kind: ReportKind = 'monthly') {
  return queryOptions({
    queryKey: reportKeys.preview(org, period, drafts, kind),
    queryFn: () => fetchReportPreview(org, period, drafts, kind),
    staleTime: 60_000,
  });
}

/** The stored report; not refetched on window focus, so a colleague's save shows up only as a 409 on ours. */
export function reportInstanceQuery(id: number) {
  return queryOptions({
    queryKey: reportKeys.instance(id),
    queryFn: () => fetchReportInstance(id),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function reportVersionsQuery(id: number) {
  return queryOptions({
    queryKey: [...reportKeys.instance(id), 'versions'] as const,
    queryFn: () => fetchReportVersions(id),
    staleTime: 0,
  });
}

export function reportComparisonQuery(id: number, from: number, to: number) {
  return queryOptions({
    queryKey: [...reportKeys.instance(id), 'compare', from, to] as const,
    queryFn: () => fetchReportComparison(id, from, to),
    staleTime: Infinity,
  });
}

export function reportWarningsQuery(id: number) {
  return queryOptions({
    queryKey: [...reportKeys.instance(id), 'warnings'] as const,
    queryFn: () => fetchReportWarnings(id),
    staleTime: 0,
  });
}

/** The installation's counted form states; they change rarely, and the settings dialog updates them in place. */
export function countedStatesQuery() {
  return queryOptions({ queryKey: reportKeys.countedStates, queryFn: fetchCountedStates, staleTime: 5 * 60_000 });
}

/** A unit's report settings (header defaults, targets cited); the switch updates them in place. */
export function reportSettingsQuery(org: string) {
  return queryOptions({ queryKey: reportKeys.settings(org), queryFn: () => fetchReportSettings(org), staleTime: 5 * 60_000 });
}
