/** Sorting names in Vietnamese alphabetical order. */

// One collator for the process: building one is costly, comparing is not.
// `numeric` so "Phường 2" sorts before "Phường 10".
const collator = new Intl.Collator('vi', { numeric: true });

/** Comparator for `Array.prototype.sort` in Vietnamese order (a ă â b c d đ e ê …), NFC/NFD-agnostic. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
