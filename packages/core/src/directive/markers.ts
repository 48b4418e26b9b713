/**
 * Line-start markers of a directive: headings `1.`, `I.`, `a)` and items `- `, `+ `, `•`.
 * Headings must follow their sequence (or restart at the first one), so a wrapped line that happens to start with
 * a number ("5. tuổi…") is not mistaken for one.
 */

export type HeadingKind = 'ROMAN' | 'ARABIC' | 'LETTER';

export interface HeadingMarker {
  kind: HeadingKind;
  /** Position in its sequence, from 1. */
  ordinal: number;
  /** The text after the marker. */
  rest: string;
}

const ARABIC = /^(\d{1,2})\.\s+(\S.*)$/u;
const ROMAN = /^([IVXL]{1,6})\.\s+(\S.*)$/u;
const LETTER = /^([a-zđ])\)\s+(\S.*)$/u;
// Vietnamese documents letter a) b) c) d) đ) e) g) h) i) k) …, without f, j, w, z.
const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
const ITEM = /^(?:[-–—+•▪●◦]|\*)\s*(?=[^\s\d])(.*)$/u;

/** The value of a roman numeral of I, V, X, L (e.g. `IV` → 4). */
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const value = ROMAN_VALUES[numeral[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The heading marker a line starts with, or null; the sequence is checked by the caller. */
export function headingMarker(line: string): HeadingMarker | null {
  const roman = ROMAN.exec(line);
  if (roman) return { kind: 'ROMAN', ordinal: romanValue(roman[1] ?? ''), rest: roman[2] ?? '' };
  const arabic = ARABIC.exec(line);
  if (arabic) return { kind: 'ARABIC', ordinal: Number(arabic[1]), rest: arabic[2] ?? '' };
  const letter = LETTER.exec(line);
  if (letter) return { kind: 'LETTER', ordinal: VI_LETTERS.indexOf(letter[1] ?? '') + 1, rest: letter[2] ?? '' };
  return null;
}

/** True when `ordinal` may follow `previous` in a sequence: the next one, or a restart at 1 (a new section). */
export function followsSequence(kind: HeadingKind, previous: number, ordinal: number): boolean {
  // Letters may skip đ) when a document follows the Latin alphabet (d, e).
  const skip = kind === 'LETTER' && ordinal === previous + 2;
  return ordinal === 1 || ordinal === previous + 1 || skip;
}

/** The text of an item line without its bullet, or null when the line does not start an item. */
export function itemText(line: string): string | null {
  const match = ITEM.exec(line);
  return match ? (match[1] ?? '') : null;
}
