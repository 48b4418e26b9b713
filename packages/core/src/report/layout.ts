/**
 * The report body as printed: sections numbered without gaps, empty free text and empty sections left out,
 * footnotes kept on their runs. The text, Markdown and .docx renderers and the web editor all read this.
 */
import type { Block, FigureRef, ReportDocument, ReportTable, Section, Sentence } from './model.ts';

/** A stretch of text with one style; `footnote` is placed right after the stretch. */
export interface PrintRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  footnote?: string;
  /** Figures the stretch states (generated sentences only). */
  figures?: FigureRef[];
}

export type PrintRole = 'part' | 'section' | 'subsection' | 'body' | 'plan-item' | 'table';

/** One printed paragraph and where it came from. */
export interface PrintParagraph {
  role: PrintRole;
  runs: PrintRun[];
  /** The generated block it prints (`disease.TCM`). */
  blockId?: string;
  /** The free-text slot it prints (`ncd`); in the editor an empty slot prints as one empty paragraph. */
  slot?: string;
  /** The section it belongs to (its key). */
  section?: string;
  /** The table a `table` paragraph prints (its runs are empty). */
  table?: ReportTable;
}

export interface LayoutOptions {
  /** For the editor: keep empty free-text slots (one empty paragraph each) and the sections holding only them. */
  keepEmptySlots?: boolean;
}

/** The body from part I to the end of part II. */
export function layoutBody(doc: ReportDocument, options: LayoutOptions = {}): PrintParagraph[] {
  const out: PrintParagraph[] = [{ role: 'part', runs: [{ text: `I. ${doc.results.title}`, bold: true }] }];
  let n = 0;
  for (const section of doc.results.sections) {
    if (!hasContent(section, options)) continue;
    n += 1;
    out.push(...layoutSection(section, `${n}.`, 'section', options));
  }
  out.push({ role: 'part', runs: [{ text: `II. ${doc.plan.title}`, bold: true }] });
  const items = doc.plan.items.map((item) => item.trim()).filter(Boolean);
  items.forEach((item, i) => {
    const end = i === items.length - 1 ? './.' : '.';
    out.push({ role: 'plan-item', runs: [{ text: `${i + 1}. ${withEnding(item, end)}` }] });
  });
  return out;
}

/** Whether a section prints: it has a generated block or non-empty free text, itself or below. */
export function hasContent(section: Section, options: LayoutOptions = {}): boolean {
  return (
    (section.table?.rows.length ?? 0) > 0 ||
    section.blocks.some((b) => blockPrints(b, options)) ||
    section.children.some((c) => hasContent(c, options))
  );
}

function blockPrints(block: Block, options: LayoutOptions): boolean {
  return block.kind === 'generated'
    ? block.sentences.length > 0
    : options.keepEmptySlots === true || freeLines(block.text).length > 0;
}

function layoutSection(
  section: Section,
  number: string,
  role: 'section' | 'subsection',
  options: LayoutOptions,
): PrintParagraph[] {
  const heading: PrintParagraph = {
    role,
    section: section.key,
    runs: [{ text: `${number} ${section.title}`, bold: true, ...(role === 'subsection' ? { italic: true } : {}) }],
  };
  const body = section.blocks.filter((b) => blockPrints(b, options)).flatMap((b) => layoutBlock(b, section.key));
  const table: PrintParagraph[] = section.table?.rows.length ? [{ role: 'table', section: section.key, runs: [], table: section.table }] : [];
  const out = [heading, ...table];
  if (section.runIn && body.length > 0) {
    const first = body.shift()!;
    heading.runs.push({ text: ' ' }, ...first.runs);
    if (first.blockId) heading.blockId = first.blockId;
    if (first.slot) heading.slot = first.slot;
  }
  out.push(...body);
  let n = 0;
  for (const child of section.children) {
    if (!hasContent(child, options)) continue;
    n += 1;
    out.push(...layoutSection(child, `${number}${n}.`, 'subsection', options));
  }
  return out;
}

function layoutBlock(block: Block, section: string): PrintParagraph[] {
  if (block.kind === 'free') {
    const lines = freeLines(block.text);
    if (lines.length === 0) return [{ role: 'body', section, slot: block.slot, runs: [] }];
    return lines.map((line) => ({ role: 'body', section, slot: block.slot, runs: [{ text: line }] }));
  }
  const runs = block.sentences.flatMap((s, i) => sentenceRuns(s, i > 0));
  return [{ role: 'body', section, blockId: block.id, runs }];
}

/** A sentence split at its footnote markers; a leading space joins it to the previous one. */
export function sentenceRuns(sentence: Sentence, leadingSpace = false): PrintRun[] {
  const notes = [...(sentence.footnotes ?? [])].sort((a, b) => a.at - b.at);
  const runs: PrintRun[] = [];
  let from = 0;
  for (const note of notes) {
    runs.push({ text: sentence.text.slice(from, note.at), footnote: note.text, figures: sentence.figures });
    from = note.at;
  }
  runs.push({ text: sentence.text.slice(from), figures: sentence.figures });
  if (leadingSpace) runs[0] = { ...runs[0]!, text: ` ${runs[0]!.text}` };
  return runs.filter((r) => r.text !== '' || r.footnote !== undefined);
}

/** The paragraphs of a free text: its non-empty lines, trimmed. */
export function freeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function withEnding(item: string, end: string): string {
  return `${item.replace(/\.\/\.$/u, '').replace(/[.;]+$/u, '')}${end}`;
}

/** A footnote as it stands on its own at the foot of the page: its first letter capitalised (`Thành phố Kon Tum 17, …`). */
export function footnoteText(note: string): string {
  const text = note.trim();
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
