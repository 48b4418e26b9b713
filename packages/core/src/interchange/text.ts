/** Byte order marks: Excel and Notepad start UTF-8 files with one, and no reader wants it. */

const BOM = '\uFEFF';

/** The text without a leading UTF-8 byte order mark. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}
