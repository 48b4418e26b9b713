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
 * - The letterhead gives the number and date; each item's deadline and units are read from its text, or from its
 *   group's heading when the item names none ("2. Trung tâm Y tế huyện: …").
 */
import type { DirectiveDraft, DraftItem } from '../api/tasks.ts';
import { asSentence } from '../tasks/sentence.ts';
import { readDeadline, type DeadlineContext } from './deadline.ts';
import { bodyEnd } from './ending.ts';
import { guessField } from './field.ts';
import { withoutFootnotes } from './footnotes.ts';
import { GroupReader, type RawGroup } from './groups.ts';
import { directiveDate, directiveNumber } from './header.ts';
import { cleanLines } from './lines.ts';
import { headingMarker, type HeadingKind } from './markers.ts';
import { directiveSubject } from './subject.ts';
import { unitMentions, type NamedUnit } from './units.ts';

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

/** An item with the deadline and units its text gives, else those its heading gives. */
function draftItem(title: string, heading: string, context: DeadlineContext, units: readonly NamedUnit[]): DraftItem {
  const deadline = readDeadline(title, context) ?? readDeadline(heading, context);
  const named = unitMentions(title, units);
  return {
    title,
    deadline: deadline?.deadline ?? null,
    deadlineText: deadline?.text ?? null,
    units: named.length > 0 ? named : unitMentions(heading, units),
  };
}

/** A group as the draft shows it: heading without its final colon, guessed field, items as sentences. */
function finishGroup(group: RawGroup, context: DeadlineContext, units: readonly NamedUnit[]): DirectiveDraft['groups'][number] {
  const heading = group.heading.replace(/[\s:]+$/u, '');
  const titles = group.items.flatMap((parts) => splitEnumeration(parts.join(' '))).map(asSentence).filter((item) => item !== '');
  return { heading, field: guessField(heading), items: titles.map((title) => draftItem(title, heading, context, units)) };
}

/** The year dates without one fall in: the document's, else the last year its subject names ("… năm 2022"). */
function contextOf(date: string | null, subject: string): DeadlineContext {
  const named = [...subject.matchAll(/\b(20\d{2})\b/gu)].at(-1)?.[1];
  return { year: date ? Number(date.slice(0, 4)) : named ? Number(named) : null, issued: date };
}

/**
 * A directive's text parsed into groups of draft tasks, one group per numbered heading; `units` are the org units
 * the text's unit names are matched to.
 */
export function parseDirective(text: string, units: readonly NamedUnit[] = []): DirectiveDraft {
  const lines = withoutFootnotes(cleanLines(text));
  const reader = new GroupReader(groupKinds(lines));
  const first = lines.findIndex((line) => reader.groupHeading(line) !== null);
  const header = first < 0 ? lines : lines.slice(0, first);
  const subject = first < 0 ? directiveSubject(lines) : directiveSubject(header);
  const number = directiveNumber(header);
  const date = directiveDate(header);
  if (first < 0) return { subject, number, date, groups: [] };
  for (const line of lines.slice(first, bodyEnd(lines, first))) reader.read(line);
  const context = contextOf(date, subject);
  const groups = reader.groups.map((group) => finishGroup(group, context, units)).filter((group) => group.items.length > 0);
  return { subject, number, date, groups };
}
