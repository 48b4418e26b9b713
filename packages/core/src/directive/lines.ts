/** A directive's text as clean lines: text extracted from PDF or .docx breaks lines mid-sentence and pads spaces. */
import { toNfc } from '../vi/nfc.ts';

// Zero-width characters and the byte-order mark survive `\s` and would defeat the line-start markers.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
// Page numbers that PDF extraction leaves on a line of their own.
const PAGE_NUMBER = /^\d{1,3}$/u;

/** NFC, any line ending, single spaces, trimmed; blank lines and lone page numbers dropped (PDF extraction puts
 * blank lines between every printed line, so they carry no paragraph meaning). */
export function cleanLines(text: string): string[] {
  return toNfc(text)
    .replace(INVISIBLE, '')
    .split(/\r\n?|\n|\u2028|\u2029/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '' && !PAGE_NUMBER.test(line));
}

/** True when the line ends a sentence (so the next line may start a new one). */
export function endsSentence(line: string): boolean {
  return /[.;:!?…]$/u.test(line);
}

/** True when the line starts with a lower-case letter: in extracted text, the rest of a wrapped sentence. */
export function startsLowerCase(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}
