import { vi } from '../i18n/vi.ts';
import { ApiRequestError } from './api-error.ts';
import { getCsrfToken, refreshCsrfToken } from './csrf.ts';
import { readApiError } from './http.ts';

/** Text fields and files of one multipart POST; a file list sends each file under the same name. */
export type MultipartFields = Record<string, string | File | readonly File[] | null | undefined>;

function toFormData(fields: MultipartFields): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') body.append(name, value);
    else if (value instanceof File) body.append(name, value, value.name);
    else for (const file of value) body.append(name, file, file.name);
  }
  return body;
}

async function send<T>(path: string, body: FormData, csrfToken: string): Promise<T> {
  let response: Response;
  try {
    // No content-type: the browser writes the multipart boundary itself.
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
      body,
    });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK_ERROR', message: vi.errors.network, details: [] });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  throw new ApiRequestError(response.status, readApiError(payload, response.status));
}

/**
 * POSTs text fields and files as multipart form data with the CSRF header (directives, progress with evidence,
 * submissions). Unlike `uploadFile` it takes several fields and files; on CSRF_INVALID it retries once.
 */
export async function postMultipart<T>(path: string, fields: MultipartFields): Promise<T> {
  const body = toFormData(fields);
  try {
    return await send<T>(path, body, await getCsrfToken());
  } catch (error) {
    const csrfRejected = error instanceof ApiRequestError && error.status === 403 && error.code === 'CSRF_INVALID';
    if (!csrfRejected) throw error;
    return send<T>(path, body, await refreshCsrfToken());
  }
}
