/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return may run as a formula when a file is opened in Excel or LibreOffice. Free text written to a spreadsheet gets a
 * leading `'` there; numbers such as `-5` stay as they are. Readers undo it with `restoreFormulaText`, so a value
 * round-trips exactly: the two functions are inverse for every string.
 */

/** Text that a spreadsheet could take for a formula, possibly behind quotes this guard added before. */
const TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
/** A plain number: left alone so figures stay numbers. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The text with a leading `'` when a spreadsheet could run it as a formula. */
export function neutraliseFormulaText(text: string): string {
  return TRIGGER.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormulaText`. */
export function restoreFormulaText(text: string): string {
  return ESCAPED.test(text) && !NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}
