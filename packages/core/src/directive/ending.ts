/**
 * Where a directive's body ends: at the closing sentence ("Yêu cầu … thực hiện./."), the "Nơi nhận" list or the
 * signature block, none of which is a task.
 */
import { foldVietnamese } from '../vi/fold.ts';
import { endsSentence } from './lines.ts';
import { headingMarker, itemText } from './markers.ts';

// The administrative end mark of the last sentence.
const END_MARK = /\.\s*\/\s*\.$/u;
// Folded starts of the lines after the body: recipients, signature by delegation (TM., KT., TL., TUQ., Q.).
const AFTER_BODY = /^(?:noi nhan\b|(?:tm|kt|tl|tuq|q)\. )/u;
// Folded starts of a closing sentence addressed to everyone rather than a task.
const CLOSING_OPENERS = /^(?:yeu cau|tren day|de nghi|nhan duoc|noi dung tren)\b/u;

/** True when the line starts an item or a heading (so it cannot continue the previous sentence). */
function startsBlock(line: string): boolean {
  return itemText(line) !== null || headingMarker(line) !== null;
}

/** The index where the sentence ending at `end` begins: after a line that ends a sentence or starts a block. */
function sentenceStart(lines: string[], end: number): number {
  let start = end;
  while (start > 0 && !startsBlock(lines[start] ?? '') && !endsSentence(lines[start - 1] ?? '')) start -= 1;
  return start;
}

/** The index of the first line after the body (lines.length when the body runs to the end). */
export function bodyEnd(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (AFTER_BODY.test(foldVietnamese(line))) return i;
    if (!END_MARK.test(line)) continue;
    const start = sentenceStart(lines, i);
    const closing = !startsBlock(lines[start] ?? '') && CLOSING_OPENERS.test(foldVietnamese(lines[start] ?? ''));
    // A last item may carry the end mark itself; a closing sentence is left out.
    return closing ? start : i + 1;
  }
  return lines.length;
}
