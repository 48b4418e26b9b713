import type { ApiFieldError } from '@syt/core/api/contract.ts';
import type { ReactNode } from 'react';
import { ApiRequestError } from '../api/api-error.ts';

interface FieldErrorTarget {
  setFieldError: (path: never, error: ReactNode) => void;
}

/**
 * The error details that name one of the form's fields. VALIDATION_FAILED carries them, and so do
 * other refusals about one field (USERNAME_TAKEN, UNKNOWN_ORG_UNIT).
 */
export function fieldDetails(error: unknown, fields: readonly string[]): ApiFieldError[] {
  if (!(error instanceof ApiRequestError)) return [];
  return error.details.filter((detail) => fields.includes(detail.field));
}

/** Puts each field detail of a refused request under its form field; true when any was placed. */
export function applyServerFieldErrors(form: FieldErrorTarget, error: unknown, fields: readonly string[]): boolean {
  const details = fieldDetails(error, fields);
  const setFieldError = form.setFieldError as (path: string, error: ReactNode) => void;
  for (const detail of details) setFieldError(detail.field, detail.message);
  return details.length > 0;
}

/** The Vietnamese message to show for any thrown value. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiRequestError ? error.message : fallback;
}
