/**
 * The body of a directive read line by line into groups: a heading opens a group, a bullet opens an item, any
 * other line continues the item (or, under a heading with no bullets, becomes a paragraph item).
 */
import { endsSentence, startsLowerCase } from './lines.ts';
import { followsSequence, headingMarker, itemText, type HeadingKind, type HeadingMarker } from './markers.ts';

/** A group as read: the heading and each item's lines. */
export interface RawGroup {
  heading: string;
  items: string[][];
}

// A colon followed by text: the heading stops there and the text starts the group's first item.
const COLON_THEN_TEXT = /^(.*?:)\s+(\S.*)$/u;

/** Collects groups from body lines; `kinds` are the heading kinds that open groups (others start items). */
export class GroupReader {
  readonly groups: RawGroup[] = [];
  private readonly last: Record<HeadingKind, number> = { ROMAN: 0, ARABIC: 0, LETTER: 0 };
  private headingOpen = false;
  private item: string[] | null = null;

  constructor(private readonly kinds: ReadonlySet<HeadingKind>) {}

  /** The heading marker of a line when it opens a group here (right kind, in sequence), else null. */
  groupHeading(line: string): HeadingMarker | null {
    const marker = headingMarker(line);
    const opens = marker !== null && this.kinds.has(marker.kind);
    return opens && followsSequence(marker.kind, this.last[marker.kind], marker.ordinal) ? marker : null;
  }

  /** Reads one line. */
  read(line: string): void {
    const marker = this.groupHeading(line);
    if (marker) return this.openGroup(line, marker);
    const sub = headingMarker(line);
    const bullet = itemText(line) ?? (sub?.kind === 'LETTER' ? sub.rest : null);
    if (bullet !== null) return this.startItem(bullet);
    // A heading wrapped by the PDF goes on in lower case; a paragraph under it starts with a capital.
    if (this.headingOpen && startsLowerCase(line)) return this.extendHeading(line);
    this.continueItem(line);
  }

  private openGroup(line: string, marker: HeadingMarker): void {
    this.last[marker.kind] = marker.ordinal;
    // Numbering restarts under each higher heading (I. 1. 2. II. 1. …).
    if (marker.kind === 'ROMAN') this.last.ARABIC = 0;
    if (marker.kind !== 'LETTER') this.last.LETTER = 0;
    this.groups.push({ heading: '', items: [] });
    this.item = null;
    this.headingOpen = true;
    this.extendHeading(line);
  }

  private extendHeading(line: string): void {
    const group = this.groups.at(-1);
    if (!group) return;
    const joined = group.heading === '' ? line : `${group.heading} ${line}`;
    const split = COLON_THEN_TEXT.exec(joined);
    group.heading = split ? (split[1] ?? '') : joined;
    this.headingOpen = !split && !endsSentence(joined);
    if (split) this.startItem(split[2] ?? '');
  }

  private startItem(text: string): void {
    this.headingOpen = false;
    this.item = [text];
    this.groups.at(-1)?.items.push(this.item);
  }

  private continueItem(line: string): void {
    if (this.item) {
      this.headingOpen = false;
      this.item.push(line);
    } else this.startItem(line);
  }
}
