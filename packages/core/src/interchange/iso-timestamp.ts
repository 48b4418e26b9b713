/** ISO 8601 dates and date-times as DHIS2 writes them (`2024-02-05`, `2024-02-05T10:20:30.123+0700`). */
import { isIsoDate } from '../period/index.ts';

// Date, then optionally a time with optional seconds, fraction and zone (`Z`, `+07:00`, `+0700`).
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a real calendar date, alone or with a valid time of day. */
export function isIsoTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match || !isIsoDate(match[1]!)) return false;
  const [hours, minutes, seconds] = [match[2], match[3], match[4]].map((part) => Number(part ?? 0));
  return hours! <= 23 && minutes! <= 59 && seconds! <= 59;
}
