/**
 * The letterhead of a directive: its number ("Số: 15/TB-SYT") and its place and date of issue
 * ("Kon Tum, ngày 05 tháng 01 năm 2024"). Both stand before the body; a number or date quoted inside the body
 * ("Kế hoạch số 110/KH-UBND ngày 27/6/2024") is another document's and is not read.
 */
import { isoDateFromParts, isIsoDate } from '../period/iso-date.ts';
import { foldVietnamese } from '../vi/fold.ts';

// "Số: 15/TB-SYT", "Số 15 /TB-SYT", "Số:   2183/UBND-KGVX": the number runs to the first space after its slash part.
const NUMBER = /^số\s*:?\s*(\d+[\p{L}\d]*\s*\/\s*[\p{L}\d./-]*[\p{L}\d])/iu;
// Folded: "…, ngày 05 tháng 01 năm 2024" (the place before the comma may be missing in extracted text).
const DATE = /(?:^|,\s*)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b/u;

/** The document's number as printed, without spaces around the slash; null when the header has none. */
export function directiveNumber(headerLines: readonly string[]): string | null {
  for (const line of headerLines) {
    const match = NUMBER.exec(line);
    if (match) return (match[1] ?? '').replace(/\s+/gu, '');
  }
  return null;
}

/** The ISO date of issue from the place-and-date line; null when there is none or it is not a real date. */
export function directiveDate(headerLines: readonly string[]): string | null {
  for (const line of headerLines) {
    const match = DATE.exec(foldVietnamese(line));
    if (!match) continue;
    const iso = isoDateFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
    return isIsoDate(iso) ? iso : null;
  }
  return null;
}
