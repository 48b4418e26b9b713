import type { ApiError, ApiFieldError } from '@syt/core/api/contract.ts';

/** An API call that failed: HTTP status, the server's stable code, its Vietnamese message and field details. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiFieldError[];

  constructor(status: number, error: ApiError) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = error.code;
    this.details = error.details;
  }
}

/** True when `error` is an ApiRequestError with the given code. */
export function hasErrorCode(error: unknown, code: string): error is ApiRequestError {
  return error instanceof ApiRequestError && error.code === code;
}
