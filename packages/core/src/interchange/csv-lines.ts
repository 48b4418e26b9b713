/** Where each CSV record starts, as a line number a user finds in a text editor. */

/** Counts lines record by record: each takes one line plus the line breaks inside its quoted cells. */
export class LineCounter {
  private nextStart = 1;

  /** The 1-based line `record` starts on; call once for every record, blank ones included, in file order. */
  startOf(record: readonly string[]): number {
    const start = this.nextStart;
    this.nextStart += 1;
    for (const cell of record) {
      if (cell.includes('\n') || cell.includes('\r')) this.nextStart += countBreaks(cell);
    }
    return start;
  }
}

// Line breaks in a cell: `\r\n`, `\n` and `\r` count one each.
function countBreaks(cell: string): number {
  let breaks = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) breaks += 1;
  }
  return breaks;
}
