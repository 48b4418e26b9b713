/** Escaping of report text for Markdown, so officers' punctuation is never read as markup. */

/** The text with Markdown's inline markers escaped (`*`, `_`, `[`, `]`, backticks, `<`, backslash). */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<]/gu, (ch) => `\\${ch}`);
}

/** A paragraph's first characters escaped when they would start a heading, quote or HTML block. */
export function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#>+])/u, '$1\\$2');
}
