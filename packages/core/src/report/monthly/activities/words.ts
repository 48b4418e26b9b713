/** Small pieces of Vietnamese phrasing shared by the activity sections. */

/** `a`, `a và b`, `a, b và c`: a list as running text. */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** The text with its first letter in upper case (a clause that ends up opening a sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
