import { ApiRequestError } from './api-error.ts';
import { getCsrfToken, refreshCsrfToken } from './csrf.ts';
import { httpRequest, type HttpMethod } from './http.ts';

type QueryParams = Record<string, string | undefined>;

/** GET a JSON resource; empty or undefined params are left out of the query string. */
export function apiGet<T>(path: string, params: QueryParams = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return httpRequest<T>({ method: 'GET', path: `${path}${suffix}` });
}

/** A state-changing call with the CSRF header; on CSRF_INVALID the token is refetched and the call retried once. */
export async function apiSend<T>(method: Exclude<HttpMethod, 'GET'>, path: string, body?: unknown): Promise<T> {
  const send = async (csrfToken: string) =>
    httpRequest<T>({ method, path, body, headers: { 'x-csrf-token': csrfToken } });
  try {
    return await send(await getCsrfToken());
  } catch (error) {
    const csrfRejected = error instanceof ApiRequestError && error.status === 403 && error.code === 'CSRF_INVALID';
    if (!csrfRejected) throw error;
    return send(await refreshCsrfToken());
  }
}
