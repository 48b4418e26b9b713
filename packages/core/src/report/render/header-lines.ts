/**
 * The header and closing lines of the report as every rendering prints them (text, Markdown, .docx), so the
 * punctuation rules of Decree 30 live in one place.
 */
import { placeAndDate } from '../../vi/date-words.ts';
import type { ReportDocument, ReportHeader } from '../model.ts';
import { DEFAULT_ARCHIVE_LINE, TO_LABEL } from './fixed-text.ts';

/** Blanks left for the registry to write the number in by hand. */
const NUMBER_BLANK = ' '.repeat(5);

/** `Số:      /BC-SYT` before registration, `Số: 123/BC-SYT` after. */
export function documentNumberLine(header: ReportHeader): string {
  const number = header.documentNumber.trim() || NUMBER_BLANK;
  return `Số: ${number}/${header.documentSymbol}`;
}

/** `Kon Tum, ngày 05 tháng 3 năm 2024`; without a date the blanks carry the report's year. */
export function placeDateLine(doc: ReportDocument): string {
  return placeAndDate(doc.header.place, doc.header.date, Number(doc.period.slice(0, 4)));
}

/** The subject as printed under the title: its first letter upper case (the opening sentence keeps it lower). */
export function subjectLine(subject: string): string {
  const trimmed = subject.trim();
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
}

/** `- A;` … `- Z.`: one dash line per item, each ending `;`, the last `.`. */
export function dashList(items: string[]): string[] {
  const clean = items.map(stripEnding).filter(Boolean);
  return clean.map((item, i) => `- ${item}${i === clean.length - 1 ? '.' : ';'}`);
}

/** The recipients without dash or punctuation, empty ones dropped. */
export function recipientNames(header: ReportHeader): string[] {
  return header.recipients.map(stripEnding).filter(Boolean);
}

/** `Kính gửi: Bộ Y tế.` for one recipient; otherwise the label then one dash line each. */
export function toLines(header: ReportHeader): string[] {
  const names = recipientNames(header);
  if (names.length === 0) return [];
  if (names.length === 1) return [`${TO_LABEL} ${names[0]}.`];
  return [TO_LABEL, ...dashList(names)];
}

/** The distribution lines, the archive line (`Lưu: …`) moved last, or added when the settings lack one. */
export function distributionLines(header: ReportHeader): string[] {
  const names = header.distribution.map(stripEnding).filter(Boolean);
  const isArchive = (line: string) => /^Lưu\s*:/u.test(line);
  const archive = names.filter(isArchive);
  const ordered = [...names.filter((line) => !isArchive(line)), ...(archive.length ? archive : [DEFAULT_ARCHIVE_LINE])];
  return dashList(ordered);
}

/** The signer's title lines, upper case, empty ones dropped. */
export function signerTitleLines(header: ReportHeader): string[] {
  return header.signerTitle.map((line) => line.trim().toLocaleUpperCase('vi')).filter(Boolean);
}

function stripEnding(item: string): string {
  return item
    .trim()
    .replace(/^[-–]\s*/u, '')
    .replace(/[.;,]+$/u, '')
    .trim();
}
