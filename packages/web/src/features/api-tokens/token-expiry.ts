/** Days ahead a new token may last (the server allows 365 from its clock; the last day ends later than that). */
export const MAX_TOKEN_DAYS = 364;
export const DEFAULT_TOKEN_DAYS = 90;

/** `YYYY-MM-DD` plus `days`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The moment a token chosen to last until `isoDate` stops: the end of that day in Vietnam. */
export function endOfVietnamDay(isoDate: string): string {
  return `${isoDate}T23:59:59+07:00`;
}

/** The address list typed one per line (or separated by commas), without blanks. */
export function addressLines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
