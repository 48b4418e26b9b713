/**
 * A directive's text (conference conclusions, a plan, an official letter) parsed into draft task groups.
 *
 * - Groups are opened by numbered headings `1.` and roman `I.`; `a)` lines are items under them, or the group
 *   headings when the document has no numbered ones. Headings must follow their sequence.
 * - Items start with `- `, `+ `, `•` (or `a)`), and run over the following lines until the next item or heading;
 *   under a heading without bullets the paragraph is one item; inline `(1) …; (2) …` become separate items.
 * - Text before the first heading (title, address, preamble) gives the subject only; the closing sentence
 *   ("Yêu cầu … thực hiện./."), "Nơi nhận" and the signature end the body.
 * - Items are single sentences without the PDF line breaks, capitalised, without final punctuation; groups
 *   without items are left out.
 */
import type { DirectiveDraft, TaskField } from '../api/tasks.ts';
import { asSentence } from '../tasks/sentence.ts';
import { bodyEnd } from './ending.ts';
import { guessField } from './field.ts';
import { withoutFootnotes } from './footnotes.ts';
import { GroupReader, type RawGroup } from './groups.ts';
import { cleanLines } from './lines.ts';
import { headingMarker, type HeadingKind } from './markers.ts';
import { directiveSubject } from './subject.ts';

const NUMBERED: ReadonlySet<HeadingKind> = new Set(['ROMAN', 'ARABIC']);
const LETTERED: ReadonlySet<HeadingKind> = new Set(['LETTER']);
const ENUMERATION_MARK = /\s*\((\d{1,2})\)\s+/gu;

/** Numbered headings open groups when the document has a first one (`1.` or `I.`); else lettered ones do. */
function groupKinds(lines: string[]): ReadonlySet<HeadingKind> {
  const hasNumbered = lines.some((line) => {
    const marker = headingMarker(line);
    return marker !== null && marker.kind !== 'LETTER' && marker.ordinal === 1;
  });
  return hasNumbered ? NUMBERED : LETTERED;
}

/** `(1) a; (2) b` → [`a;`, `b`] when the marks run 1, 2, … from the start; else the text as it is. */
function splitEnumeration(text: string): string[] {
  const marks = [...text.matchAll(ENUMERATION_MARK)];
  const sequential = marks.length > 1 && marks.every((mark, i) => Number(mark[1]) === i + 1);
  if (!sequential || !/^\(1\)\s/u.test(text)) return [text];
  return text.split(ENUMERATION_MARK).filter((_, i) => i % 2 === 0);
}

/** A group as the draft shows it: heading without its final colon, guessed field, items as sentences. */
function finishGroup(group: RawGroup): { heading: string; field: TaskField; items: string[] } {
  const heading = group.heading.replace(/[\s:]+$/u, '');
  const items = group.items.flatMap((parts) => splitEnumeration(parts.join(' '))).map(asSentence);
  return { heading, field: guessField(heading), items: items.filter((item) => item !== '') };
}

/** A directive's text parsed into groups of draft tasks, one group per numbered heading. */
export function parseDirective(text: string): DirectiveDraft {
  const lines = withoutFootnotes(cleanLines(text));
  const reader = new GroupReader(groupKinds(lines));
  const first = lines.findIndex((line) => reader.groupHeading(line) !== null);
  if (first < 0) return { subject: directiveSubject(lines), groups: [] };
  for (const line of lines.slice(first, bodyEnd(lines, first))) reader.read(line);
  const groups = reader.groups.map(finishGroup).filter((group) => group.items.length > 0);
  return { subject: directiveSubject(lines.slice(0, first)), groups };
}
