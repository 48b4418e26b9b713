import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { vi } from './messages.ts';

/** The one error type services throw; the error handler turns it into `{ error: { code, message, details } }`. */
/** What some refusals add to the shared answer. */
export interface AppErrorOptions {
  /** For a refusal that passes (a busy queue): seconds after which to try again, sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** Fields sent beside code, message and details (a stale save's current value). */
  extra?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly retryAfterSeconds: number | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiFieldError[] = [],
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.extra = options.extra;
  }
}

export const badRequest = (message: string = vi.validationFailed, details: ApiFieldError[] = []) =>
  new AppError(400, 'VALIDATION_FAILED', message, details);
export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', vi.unauthenticated);
export const forbidden = (message: string = vi.forbidden) => new AppError(403, 'FORBIDDEN', message);
export const notFound = (message: string) => new AppError(404, 'NOT_FOUND', message);
export const conflict = (message: string, details: ApiFieldError[] = []) =>
  new AppError(409, 'CONFLICT', message, details);
