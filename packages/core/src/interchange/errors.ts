/** The one error the writers throw: values that cannot be expressed in the chosen format. */

/** Stable codes of what a writer can refuse. */
export type InterchangeErrorCode = 'INVALID_PERIOD' | 'COMBO_MISMATCH' | 'BAD_CATEGORY_CODE' | 'VALUE_NOT_NUMBER';

/** A value set could not be written; `code` is stable, `message` is Vietnamese and shown as is. */
export class InterchangeError extends Error {
  override readonly name = 'InterchangeError';

  constructor(
    readonly code: InterchangeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
