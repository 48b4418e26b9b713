/** Where each CSV record starts, as a line number a user finds in a text editor. */

// csv-parse counts `\r` and `\n` separately inside quoted cells, so a cell holding `\r\n` adds two lines
// to its count; this tracker takes those extra lines back out and steps back over the record's own breaks.
export class RecordLines {
  private doubleCounted = 0;
  private lastEnd = 0;

  /** The 1-based line where `record` starts, given csv-parse's `info.lines` when it was read (the line it ends on). */
  startOf(record: readonly string[], endLine: number): number {
    const mayHoldBreaks = endLine - this.lastEnd > 1;
    this.lastEnd = endLine;
    if (!mayHoldBreaks) return endLine - this.doubleCounted;
    let breaks = 0;
    for (const cell of record) {
      if (cell.includes('\n') || cell.includes('\r')) {
        const counted = countBreaks(cell);
        breaks += counted.lines;
        this.doubleCounted += counted.crlf;
      }
    }
    return endLine - this.doubleCounted - breaks;
  }

  /** The last line of the last record read; 0 before any. */
  get lastEndLine(): number {
    return this.lastEnd - this.doubleCounted;
  }

  /** A line number counted by csv-parse (say, in an error), as an editor counts it. */
  correct(line: number): number {
    return line - this.doubleCounted;
  }
}

// Line breaks (`\r\n`, `\n` or `\r`, each one) and how many of them were `\r\n`.
function countBreaks(cell: string): { lines: number; crlf: number } {
  let lines = 0;
  let crlf = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 13 && cell.charCodeAt(i + 1) === 10) {
      crlf += 1;
      lines += 1;
      i += 1;
    } else if (c === 10 || c === 13) {
      lines += 1;
    }
  }
  return { lines, crlf };
}
