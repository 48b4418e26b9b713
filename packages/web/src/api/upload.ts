import { vi } from '../i18n/vi.ts';
import { ApiRequestError } from './api-error.ts';
import { getCsrfToken, refreshCsrfToken } from './csrf.ts';
import { readApiError } from './http.ts';

export interface UploadRequest {
  /** Path with its query string, e.g. `/api/imports?format=csv&dryRun=true`. */
  path: string;
  /** Multipart field name of the file. */
  field: string;
  file: File;
  /** Fraction of the file sent so far, 0…1. */
  onProgress: (fraction: number) => void;
}

/**
 * POSTs one file as multipart form data with the CSRF header, reporting upload progress
 * (fetch cannot report it; XMLHttpRequest can). On CSRF_INVALID the token is refetched and the upload retried once.
 */
export async function uploadFile<T>(request: UploadRequest): Promise<T> {
  try {
    return await send<T>(request, await getCsrfToken());
  } catch (error) {
    const csrfRejected = error instanceof ApiRequestError && error.status === 403 && error.code === 'CSRF_INVALID';
    if (!csrfRejected) throw error;
    return send<T>(request, await refreshCsrfToken());
  }
}

function send<T>({ path, field, file, onProgress }: UploadRequest, csrfToken: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    // Same origin: cookies go with the request; withCredentials matters only across origins.
    xhr.withCredentials = false;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () =>
      reject(new ApiRequestError(0, { code: 'NETWORK_ERROR', message: vi.errors.network, details: [] }));
    xhr.onload = () => {
      const payload = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(new ApiRequestError(xhr.status, readApiError(payload, xhr.status)));
    };
    const body = new FormData();
    body.append(field, file, file.name);
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
