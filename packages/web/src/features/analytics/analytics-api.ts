import type {
  AnalyticsQuery,
  AnalyticsTable,
  FavouriteInput,
  FavouriteListView,
  FavouriteView,
  PivotLayout,
} from '@syt/core/api/analytics.ts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ApiRequestError } from '../../api/api-error.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { getCsrfToken } from '../../api/csrf.ts';
import { readApiError } from '../../api/http.ts';
import { vi } from '../../i18n/vi.ts';

export const analyticsKeys = {
  table: (query: AnalyticsQuery) => ['analytics', 'table', query] as const,
  favourites: ['analytics', 'favourites'] as const,
  favourite: (id: number) => ['analytics', 'favourites', id] as const,
};

/** POST /api/analytics: the table of a query, computed from the stored values. */
export function analyticsQuery(query: AnalyticsQuery) {
  return queryOptions({
    queryKey: analyticsKeys.table(query),
    queryFn: () => apiSend<AnalyticsTable>('POST', '/api/analytics', query),
    enabled: query.dx.length > 0 && query.ou.length > 0 && query.pe.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

/** GET /api/analytics/favourites: the caller's own favourites and those shared with them. */
export const favouritesQuery = queryOptions({
  queryKey: analyticsKeys.favourites,
  queryFn: async () => (await apiGet<FavouriteListView>('/api/analytics/favourites')).items,
});

/** GET /api/analytics/favourites/:id (403/404 when it is not shared with the caller). */
export function favouriteQuery(id: number) {
  return queryOptions({
    queryKey: analyticsKeys.favourite(id),
    queryFn: () => apiGet<FavouriteView>(`/api/analytics/favourites/${id}`),
    retry: false,
  });
}

export const createFavourite = (input: FavouriteInput) =>
  apiSend<FavouriteView>('POST', '/api/analytics/favourites', input);

export const updateFavourite = (id: number, input: FavouriteInput) =>
  apiSend<FavouriteView>('PUT', `/api/analytics/favourites/${id}`, input);

export const deleteFavourite = (id: number) => apiSend<void>('DELETE', `/api/analytics/favourites/${id}`);

export type ExportFormat = 'xlsx' | 'csv';

/** POST /api/analytics/export body: the query and how its pivot is laid out. */
export interface ExportRequest {
  format: ExportFormat;
  query: AnalyticsQuery;
  layout: PivotLayout;
  title?: string;
}

/**
 * POSTs an export and saves the file through the browser; a refusal becomes an ApiRequestError with the server's
 * Vietnamese message, where a plain link would download the error as a file.
 */
export async function downloadExport(request: ExportRequest, fallbackName: string): Promise<void> {
  const response = await postForFile('/api/analytics/export', request);
  const disposition = response.headers.get('content-disposition') ?? '';
  // The UTF-8 name keeps the Vietnamese title; the plain one is its ASCII fallback.
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  const name = utf8 ? decodeURIComponent(utf8) : (plain ?? fallbackName);
  saveBlob(await response.blob(), name);
}

async function postForFile(path: string, body: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await getCsrfToken() },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK_ERROR', message: vi.errors.network, details: [] });
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    throw new ApiRequestError(response.status, readApiError(payload, response.status));
  }
  return response;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next turn: the click has handed the blob to the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
