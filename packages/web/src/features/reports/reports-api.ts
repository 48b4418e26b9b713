import type { ReportKind } from '@syt/core/report/report-period.ts';
import type {
  CountedStates,
  CreateReportRequest,
  ReportComparison,
  ReportFormat,
  ReportInstanceSummary,
  ReportInstanceView,
  ReportSettings,
  ReportStatusRequest,
  ReportVersionSummary,
  ReportWarnings,
  SaveReportRequest,
} from '@syt/core/api/reports.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { apiGet, apiSend } from '../../api/client.ts';

const instancePath = (id: number) => `/api/reports/instances/${id}`;

/**
 * The contract types the lists as arrays; the server sends them wrapped (`{ reports }`, `{ versions }`) like
 * its other lists. Either is read, so the page keeps working whichever way the contract settles.
 */
function unwrap<T>(payload: T[] | Record<string, T[]>, key: string): T[] {
  return Array.isArray(payload) ? payload : (payload[key] ?? []);
}

/** GET /api/reports/instances: the stored reports of a unit and period of a kind, newest first. */
export async function fetchReportInstances(org: string, period: string, kind: ReportKind = 'monthly'): Promise<ReportInstanceSummary[]> {
  return unwrap(
    await apiGet<ReportInstanceSummary[] | Record<string, ReportInstanceSummary[]>>('/api/reports/instances', {
      org,
      period,
      ...(kind === 'monthly' ? {} : { kind }),
    }),
    'reports',
  );
}

/**
 * GET /api/reports/monthly?format=json (or /api/reports/periodic for a quarter, half-year, nine months, year): the
 * report as it would be written now, without storing it.
 */
export function fetchReportPreview(org: string, period: string, includeDrafts: boolean, kind: ReportKind = 'monthly'): Promise<ReportDocument> {
  const query = { org, period, format: 'json', includeDrafts: String(includeDrafts) };
  return kind === 'monthly'
    ? apiGet<ReportDocument>('/api/reports/monthly', query)
    : apiGet<ReportDocument>('/api/reports/periodic', { ...query, kind });
}

/** POST /api/reports/instances (409 REPORT_EXISTS when someone created it meanwhile). */
export function createReport(request: CreateReportRequest): Promise<ReportInstanceView> {
  return apiSend<ReportInstanceView>('POST', '/api/reports/instances', request);
}

export function fetchReportInstance(id: number): Promise<ReportInstanceView> {
  return apiGet<ReportInstanceView>(instancePath(id));
}

/** PUT: a new version from the edit (409 VERSION_CONFLICT when the base is no longer the latest). */
export function saveReport(id: number, request: SaveReportRequest): Promise<ReportInstanceView> {
  return apiSend<ReportInstanceView>('PUT', instancePath(id), request);
}

export function regenerateReport(id: number, baseVersion: number, includeDrafts: boolean): Promise<ReportInstanceView> {
  return apiSend<ReportInstanceView>('POST', `${instancePath(id)}/regenerate`, { baseVersion, includeDrafts });
}

/** GET /api/reports/counted-states: the form states every report counts, and whether the user may change them. */
export function fetchCountedStates(): Promise<CountedStates> {
  return apiGet<CountedStates>('/api/reports/counted-states');
}

/** PUT /api/reports/counted-states (an administrator of the province only). */
export function saveCountedStates(states: string[]): Promise<CountedStates> {
  return apiSend<CountedStates>('PUT', '/api/reports/counted-states', { states });
}

/** GET /api/reports/settings: the unit's header defaults and whether its monthly report cites plan targets. */
export function fetchReportSettings(org: string): Promise<ReportSettings> {
  return apiGet<ReportSettings>(`/api/reports/settings?org=${encodeURIComponent(org)}`);
}

/** PUT /api/reports/settings: whether the unit's monthly report cites plan targets (staff and admins in scope). */
export function saveCiteTargets(org: string, citeTargets: boolean): Promise<ReportSettings> {
  return apiSend<ReportSettings>('PUT', `/api/reports/settings?org=${encodeURIComponent(org)}`, { citeTargets });
}

/** PUT /api/reports/settings: the chart favourites drawn into the unit's reports (staff and admins in scope). */
export function saveReportCharts(org: string, charts: number[]): Promise<ReportSettings> {
  return apiSend<ReportSettings>('PUT', `/api/reports/settings?org=${encodeURIComponent(org)}`, { charts });
}

/** A status change; issuing also sends the number (`123/BC-SYT`) and date, which the server checks field by field. */
export function changeReportStatus(id: number, change: ReportStatusRequest): Promise<ReportInstanceView> {
  return apiSend<ReportInstanceView>('POST', `${instancePath(id)}/status`, change);
}

/** GET /api/reports/instances?status=: the reports the user may read in one status (those waiting for a leader). */
export async function fetchReportsByStatus(status: ReportStatusRequest['status']): Promise<ReportInstanceSummary[]> {
  return unwrap(
    await apiGet<ReportInstanceSummary[] | Record<string, ReportInstanceSummary[]>>('/api/reports/instances', { status }),
    'reports',
  );
}

export async function fetchReportVersions(id: number): Promise<ReportVersionSummary[]> {
  return unwrap(
    await apiGet<ReportVersionSummary[] | Record<string, ReportVersionSummary[]>>(`${instancePath(id)}/versions`),
    'versions',
  );
}

export function fetchReportComparison(id: number, from: number, to: number): Promise<ReportComparison> {
  return apiGet<ReportComparison>(`${instancePath(id)}/compare`, { from: String(from), to: String(to) });
}

export function fetchReportWarnings(id: number): Promise<ReportWarnings> {
  return apiGet<ReportWarnings>(`${instancePath(id)}/warnings`);
}

/** Address of a stored version's file, for a plain download link (the server names the file). */
export function reportDownloadUrl(id: number, format: ReportFormat): string {
  return `${instancePath(id)}/download?format=${format}`;
}
