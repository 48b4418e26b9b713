/** Unicode normalisation: Vietnamese text arrives both precomposed (NFC) and decomposed (NFD, e.g. from old keyboards). */

/** The string in NFC, the form we store and compare. */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/** True when the string is already in NFC. */
export function isNfc(s: string): boolean {
  return s === s.normalize('NFC');
}
