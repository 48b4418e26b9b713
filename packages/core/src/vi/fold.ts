/** Accent-insensitive search over Vietnamese names ("dak to" finds "Đăk Tô"). */

// Typographic apostrophes users and documents mix with ASCII ' in names like "Ia H’Drai".
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;
const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/g;

/**
 * Folds a string for search: no diacritics, đ → d, lower case, ASCII apostrophes, single spaces, trimmed.
 * Works the same on NFC and NFD input.
 */
export function foldVietnamese(s: string): string {
  // Lower-case first: a few capitals lower-case to a letter plus a combining mark (İ → i̇), which NFD then strips.
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd') // a stroke, not a combining mark: NFD leaves it
    .replace(APOSTROPHES, "'")
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/** True when every whitespace-separated word of the query occurs, folded, somewhere in the folded haystack. */
export function matchesSearch(haystack: string, query: string): boolean {
  const folded = foldVietnamese(haystack);
  return foldVietnamese(query)
    .split(' ')
    .filter((token) => token !== '')
    .every((token) => folded.includes(token));
}
