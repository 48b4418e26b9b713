import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { vi } from './messages.ts';

/** The one error type services throw; the error handler turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiFieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string = vi.validationFailed, details: ApiFieldError[] = []) =>
  new AppError(400, 'VALIDATION_FAILED', message, details);
export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', vi.unauthenticated);
export const forbidden = (message: string = vi.forbidden) => new AppError(403, 'FORBIDDEN', message);
export const notFound = (message: string) => new AppError(404, 'NOT_FOUND', message);
export const conflict = (message: string, details: ApiFieldError[] = []) =>
  new AppError(409, 'CONFLICT', message, details);
