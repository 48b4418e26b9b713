/** A task title turned into a sentence for the report: the layout adds the final punctuation. */
import { toNfc } from '../vi/nfc.ts';

// Trailing punctuation, including the administrative end mark "./." that closes a document's last sentence.
const TRAILING_PUNCTUATION = /(?:\.\/\.|[\s.;:,!?…])+$/u;

/** NFC, single spaces, capitalised first letter, no trailing punctuation; '' when nothing is left. */
export function asSentence(text: string): string {
  const clean = toNfc(text).replace(/\s+/gu, ' ').trim().replace(TRAILING_PUNCTUATION, '');
  if (clean === '') return '';
  const first = String.fromCodePoint(clean.codePointAt(0) ?? 0);
  return first.toLocaleUpperCase('vi') + clean.slice(first.length);
}
