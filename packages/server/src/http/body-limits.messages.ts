import { AppError } from '../errors.ts';

/** `256 KB`, `10 MB`: a limit as users read it. */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${String(Math.round((bytes / (1024 * 1024)) * 10) / 10).replace('.', ',')} MB`;
}

export const bodyLimitMessages = {
  tooLarge: (limit: string) => `Dữ liệu gửi lên quá lớn (tối đa ${limit}).`,
  tooLargeUnknown: 'Dữ liệu gửi lên quá lớn.',
  tooManyParts: 'Biểu mẫu gửi lên có quá nhiều trường hoặc tệp.',
  fieldTooLong: (field: string) => `Trường "${field}" quá dài.`,
} as const;

/** 413 for a body past the route's limit, naming the limit. */
export function payloadTooLarge(limit?: number): AppError {
  const message = limit === undefined ? bodyLimitMessages.tooLargeUnknown : bodyLimitMessages.tooLarge(readableSize(limit));
  return new AppError(413, 'PAYLOAD_TOO_LARGE', message, [{ field: 'body', message }]);
}
