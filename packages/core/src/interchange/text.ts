/** Text checks every reader makes before handing a file to its parser. */

const BOM = '\uFEFF';

/** The text without a leading UTF-8 byte order mark (Excel and Notepad write one). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** True when the text holds nothing but white space (it stops at the first other character). */
export function isBlank(text: string): boolean {
  return /^\s*$/.test(text);
}
