/**
 * The deadline an item's text gives, for the reviewer to confirm:
 * - a date after a cue ("trước ngày 15/01/2024", "chậm nhất ngày 05 tháng 3 năm 2024") is a DATE; "trước ngày 15/12
 *   hằng năm" is YEARLY, "trước ngày 05 hằng tháng" MONTHLY, "ngày 10 tháng cuối quý" QUARTERLY;
 * - a part of a year ("trong quý I", "6 tháng cuối năm 2024") is a DATE at its last day;
 * - a recurrence without a day ("định kỳ 6 tháng", "hằng năm", "hằng quý", "hằng tháng") falls due on the last day of
 *   each period (day 31, clamped to the month), as a period's report is due when the period ends;
 * - "đột xuất" / "khi có yêu cầu" is ON_REQUEST, "thường xuyên" ONGOING.
 * A schedule wins over "on request" ("định kỳ hằng năm hoặc đột xuất" is yearly), and a date over a schedule.
 * A date or quarter without its year takes the document's year (the next one when that would fall before the
 * document's date); with no year known it is not read.
 */
import type { TaskDeadline } from '../api/tasks.ts';
import { isIsoDate, isoDateFromParts, daysInMonth } from '../period/iso-date.ts';
import { foldInPlace } from './folded.ts';

/** What the document says about its own time: the year of its date (or of its subject) and its date. */
export interface DeadlineContext {
  year: number | null;
  issued: string | null;
}

/** A deadline with the words it was read from. */
export interface ReadDeadline {
  deadline: TaskDeadline;
  text: string;
}

const LAST_DAY = 31;
const CUE = String.raw`(?:truoc|cham nhat(?: la)?|han chot|han|den het|hoan thanh trong|trong|vao)\s+ngay\s+`;
// "15/01/2024", "15/01", "15-01-2024", "15.01.2024".
const NUMERIC_DATE = String.raw`(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?`;
// "05 tháng 3 năm 2024", "05 tháng 3".
const WORDED_DATE = String.raw`(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?`;
const CUED_DATE = new RegExp(String.raw`${CUE}(?:${NUMERIC_DATE}|${WORDED_DATE})(\s+hang\s+nam)?`, 'u');
const MONTH_DAY = new RegExp(String.raw`${CUE}(\d{1,2})\s+(hang\s+thang|(?:cua\s+)?thang\s+cuoi\s+(?:moi\s+)?quy)`, 'u');
const QUARTER = /(?:trong|truoc het|het|cuoi|ngay trong)\s+quy\s+(iv|iii|ii|i|[1-4])\b(?:\s+nam\s+(\d{4}))?/u;
// "6 tháng" or "sáu tháng".
const SIX = String.raw`(?<![a-z0-9])(?:6|sau)\s+thang`;
const HALF = new RegExp(String.raw`(?:trong\s+)?${SIX}\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?`, 'u');
const RECURRING: readonly (readonly [RegExp, (day: number) => TaskDeadline])[] = [
  [new RegExp(String.raw`(?:dinh ky|hang|moi)\s+${SIX}|${SIX}\s+(?:mot|1)\s+lan`, 'u'), (day) => ({ kind: 'HALF_YEARLY', day })],
  [/\b(?:dinh ky\s+)?(?:hang|moi)\s+nam\b/u, (day) => ({ kind: 'YEARLY', month: 12, day })],
  [/\b(?:dinh ky\s+)?(?:hang|moi)\s+quy\b/u, (day) => ({ kind: 'QUARTERLY', day })],
  [/\b(?:dinh ky\s+)?(?:hang|moi)\s+thang\b/u, (day) => ({ kind: 'MONTHLY', day })],
];
const ON_REQUEST = /\bdot xuat\b|\b(?:khi|theo)\s+(?:co\s+)?yeu cau\b/u;
const ONGOING = /\bthuong xuyen\b/u;
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** The year a date without its own year falls in: the document's, or the next when it would precede the document. */
function yearFor(month: number, day: number, written: string | undefined, context: DeadlineContext): number | null {
  if (written) return Number(written);
  if (context.year === null) return null;
  const inYear = isoDateFromParts(context.year, month, day);
  return context.issued !== null && inYear < context.issued ? context.year + 1 : context.year;
}

function cuedDate(folded: string, context: DeadlineContext): { deadline: TaskDeadline; match: RegExpExecArray } | null {
  const match = CUED_DATE.exec(folded);
  if (!match) return null;
  const day = Number(match[1] ?? match[4]);
  const month = Number(match[2] ?? match[5]);
  if (match[7]) return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { deadline: { kind: 'YEARLY', month, day }, match } : null;
  const year = yearFor(month, day, match[3] ?? match[6], context);
  const date = year === null ? '' : isoDateFromParts(year, month, day);
  return isIsoDate(date) ? { deadline: { kind: 'DATE', date }, match } : null;
}

function monthDay(folded: string): { deadline: TaskDeadline; match: RegExpExecArray } | null {
  const match = MONTH_DAY.exec(folded);
  const day = Number(match?.[1]);
  if (!match || day < 1 || day > 31) return null;
  return { deadline: { kind: match[2]?.startsWith('hang') ? 'MONTHLY' : 'QUARTERLY', day }, match };
}

function partOfYear(folded: string, context: DeadlineContext): { deadline: TaskDeadline; match: RegExpExecArray } | null {
  const quarter = QUARTER.exec(folded);
  if (quarter) {
    const year = quarter[2] ? Number(quarter[2]) : context.year;
    const month = (QUARTERS[quarter[1] ?? ''] ?? 0) * 3;
    if (year !== null && month > 0) return { deadline: { kind: 'DATE', date: isoDateFromParts(year, month, daysInMonth(year, month)) }, match: quarter };
  }
  const half = HALF.exec(folded);
  const year = half?.[2] ? Number(half[2]) : context.year;
  if (!half || year === null) return null;
  return { deadline: { kind: 'DATE', date: half[1] === 'dau' ? `${year}-06-30` : `${year}-12-31` }, match: half };
}

function recurrence(folded: string): { deadline: TaskDeadline; match: RegExpExecArray } | null {
  for (const [pattern, make] of RECURRING) {
    const match = pattern.exec(folded);
    if (match) return { deadline: make(LAST_DAY), match };
  }
  for (const [pattern, deadline] of [[ON_REQUEST, { kind: 'ON_REQUEST' }], [ONGOING, { kind: 'ONGOING' }]] as const) {
    const match = pattern.exec(folded);
    if (match) return { deadline, match };
  }
  return null;
}

/** The deadline an item's text gives and the words it stands in, or null when the text gives none. */
export function readDeadline(text: string, context: DeadlineContext): ReadDeadline | null {
  const folded = foldInPlace(text);
  const found = cuedDate(folded, context) ?? monthDay(folded) ?? partOfYear(folded, context) ?? recurrence(folded);
  if (!found) return null;
  const { index } = found.match;
  return { deadline: found.deadline, text: text.slice(index, index + found.match[0].length).trim() };
}
