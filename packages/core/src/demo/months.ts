/** Month arithmetic on DHIS2 monthly period codes (`YYYYMM`), the only period type the demo generates. */

const MONTH_CODE = /^(\d{4})(0[1-9]|1[0-2])$/;

/** Throws unless `code` is a monthly period code such as `202311`. */
export function assertMonth(code: string): void {
  if (!MONTH_CODE.test(code)) throw new Error(`Not a monthly period code: "${code}"`);
}

/** The calendar year of a month code. */
export function yearOf(month: string): number {
  return Number(month.slice(0, 4));
}

/** The month of the year, 1–12. */
export function monthOfYear(month: string): number {
  return Number(month.slice(4, 6));
}

/** The month `n` months after `month` (before, when negative). */
export function shiftMonth(month: string, n: number): string {
  const index = yearOf(month) * 12 + monthOfYear(month) - 1 + n;
  const year = Math.floor(index / 12);
  return `${year}${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  assertMonth(from);
  assertMonth(to);
  const months: string[] = [];
  for (let m = from; m <= to; m = shiftMonth(m, 1)) months.push(m);
  return months;
}

/** Number of days in the month (the `[days]` of indicator expressions). */
export function daysInMonth(month: string): number {
  return new Date(Date.UTC(yearOf(month), monthOfYear(month), 0)).getUTCDate();
}

/** The first and last day of a month as ISO dates, for comparison with org-unit opening and closing dates. */
export function monthBounds(month: string): { start: string; end: string } {
  const y = month.slice(0, 4);
  const m = month.slice(4, 6);
  return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(daysInMonth(month)).padStart(2, '0')}` };
}
