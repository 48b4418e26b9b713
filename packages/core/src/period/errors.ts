/** Stable codes for everything period parsing and arithmetic can reject. */
export type PeriodErrorCode =
  | 'INVALID_PERIOD'
  | 'INVALID_PERIOD_TYPE'
  | 'INVALID_DATE'
  | 'INVALID_YEAR'
  | 'PERIOD_OUT_OF_RANGE'
  | 'PERIOD_TYPE_MISMATCH';

/** A period operation failed; `code` is stable, `message` is Vietnamese and shown to users as is. */
export class PeriodError extends Error {
  override readonly name = 'PeriodError';

  constructor(
    readonly code: PeriodErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// The Vietnamese wording lives here, beside the codes, so callers never compose messages themselves.

/** The period codes SYT reads, for messages that refuse one: the user learns what to type instead. */
export const PERIOD_FORMS =
  'YYYYMM cho tháng (vd. 202401), YYYYQn cho quý (2024Q1), YYYYSn cho 6 tháng (2024S1), YYYYWnn cho tuần (2024W05), YYYY cho năm (2024)';

/** A period code that does not name a real period. */
export const invalidPeriod = (code: unknown): PeriodError =>
  new PeriodError('INVALID_PERIOD', `Mã kỳ báo cáo không hợp lệ: ${JSON.stringify(code)}. Cần dạng ${PERIOD_FORMS}.`);

/** A period type outside `PERIOD_TYPES`. */
export const invalidPeriodType = (type: unknown): PeriodError =>
  new PeriodError('INVALID_PERIOD_TYPE', `Loại kỳ báo cáo không hợp lệ: ${JSON.stringify(type)}`);

/** A string that is not a real `YYYY-MM-DD` date. */
export const invalidDate = (date: unknown): PeriodError =>
  new PeriodError('INVALID_DATE', `Ngày không hợp lệ: ${JSON.stringify(date)}`);

/** A year that is not an integer. */
export const invalidYear = (year: unknown): PeriodError =>
  new PeriodError('INVALID_YEAR', `Năm không hợp lệ: ${String(year)}`);

/** Arithmetic left the supported years. */
export const periodOutOfRange = (min: number, max: number): PeriodError =>
  new PeriodError('PERIOD_OUT_OF_RANGE', `Kỳ báo cáo nằm ngoài khoảng năm ${min}–${max}`);

/** Two periods that must share a type do not. */
export const periodTypeMismatch = (a: string, b: string): PeriodError =>
  new PeriodError('PERIOD_TYPE_MISMATCH', `Hai kỳ báo cáo khác loại: "${a}" và "${b}"`);
