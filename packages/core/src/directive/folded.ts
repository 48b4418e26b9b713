/**
 * Text folded for matching (no diacritics, đ → d, lower case) with every character kept in place, so a match's
 * offsets in the folded text are its offsets in the original and the reviewer sees the words as written.
 */

/** One character folded; a character that would not fold to exactly one (rare ligatures) is kept lower-cased. */
function foldChar(ch: string): string {
  const folded = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
  return folded.length === 1 ? folded : ch;
}

/** `text` folded character by character: same length, same offsets (pass NFC, as the cleaned lines are). */
export function foldInPlace(text: string): string {
  return Array.from(text, foldChar).join('');
}
