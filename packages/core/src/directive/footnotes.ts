/**
 * Footnotes that PDF extraction drops into the middle of the body: a reference glued to a word (`huyện(1)`) and,
 * at the foot of the page, a line starting `(1) …` that runs to the end of its sentence. Both are removed so the
 * interrupted item joins up again.
 */

const GLUED_REFERENCE = /(?<=[\p{L}\p{N})\]"”])\((\d{1,2})\)/gu;
const FOOTNOTE_START = /^\((\d{1,2})\)\s/u;
// A footnote of more lines than this is unlikely; the cap keeps a misread from swallowing the body.
const MAX_FOOTNOTE_LINES = 8;

/** The numbers referenced by glued footnote marks anywhere in the lines. */
function referencedNumbers(lines: string[]): Set<string> {
  const numbers = new Set<string>();
  for (const line of lines) for (const match of line.matchAll(GLUED_REFERENCE)) numbers.add(match[1] ?? '');
  return numbers;
}

/** How many lines the footnote starting at `start` takes: up to the line that ends its sentence. */
function footnoteLength(lines: string[], start: number): number {
  for (let length = 1; length <= MAX_FOOTNOTE_LINES && start + length <= lines.length; length += 1) {
    if (/[.!?]$/u.test(lines[start + length - 1] ?? '')) return length;
  }
  return 1;
}

/** The lines without footnote texts and without the marks referring to them. */
export function withoutFootnotes(lines: string[]): string[] {
  const numbers = referencedNumbers(lines);
  if (numbers.size === 0) return lines;
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const start = FOOTNOTE_START.exec(line);
    if (start && numbers.has(start[1] ?? '')) {
      i += footnoteLength(lines, i) - 1;
      continue;
    }
    kept.push(line.replace(GLUED_REFERENCE, (mark, n: string) => (numbers.has(n) ? '' : mark)));
  }
  return kept;
}
