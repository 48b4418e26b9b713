import type { ApiError } from '@syt/core/api/contract.ts';
import { vi } from '../i18n/vi.ts';
import { ApiRequestError } from './api-error.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One same-origin JSON round trip; any non-2xx answer becomes an ApiRequestError. */
export async function httpRequest<T>(request: HttpRequest): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(request.path, {
      method: request.method,
      credentials: 'same-origin',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK_ERROR', message: vi.errors.network, details: [] });
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  throw new ApiRequestError(response.status, readApiError(payload, response.status));
}

/** The `{ error }` envelope, or a generic error when the answer is not ours (proxy page, crash). */
export function readApiError(payload: unknown, status: number): ApiError & Record<string, unknown> {
  const error = (payload as { error?: Partial<ApiError> & Record<string, unknown> } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
  return {
    ...(typeof error === 'object' ? error : {}),
    code,
    message: typeof error?.message === 'string' && error.message ? error.message : vi.errors.byCode(code),
    details: Array.isArray(error?.details) ? error.details : [],
  };
}
