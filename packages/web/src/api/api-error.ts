import type { ApiError, ApiFieldError } from '@syt/core/api/contract.ts';

/** An API call that failed: HTTP status, the server's stable code, its Vietnamese message and field details. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiFieldError[];
  /** The whole `error` envelope, with the fields some refusals add (a stale save's `current`). */
  readonly body: ApiError & Record<string, unknown>;

  constructor(status: number, error: ApiError & Record<string, unknown>) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = error.code;
    this.details = error.details;
    this.body = error;
  }
}

/** True when `error` is an ApiRequestError with the given code. */
export function hasErrorCode(error: unknown, code: string): error is ApiRequestError {
  return error instanceof ApiRequestError && error.code === code;
}
