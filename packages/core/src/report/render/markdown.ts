/** The report as Markdown: headings for the parts and sections, footnotes as `[^n]` defined at the end. */
import { footnoteText, layoutBody, type PrintParagraph, type PrintRun } from '../layout.ts';
import type { ReportDocument } from '../model.ts';
import { DISTRIBUTION_LABEL, MOTTO, NATIONAL_NAME, TO_LABEL } from './fixed-text.ts';
import {
  dashList,
  distributionLines,
  documentNumberLine,
  placeDateLine,
  recipientNames,
  signerTitleLines,
  subjectLine,
  toLines,
} from './header-lines.ts';
import { escapeInline, escapeLineStart } from './markdown-escape.ts';

/** Heading levels by print role; the document title is the only `#`. */
const HEADING: Partial<Record<PrintParagraph['role'], string>> = { part: '##', section: '###', subsection: '####' };

/** The report as Markdown (UTF-8, NFC). */
export function renderMarkdown(doc: ReportDocument): string {
  const notes: string[] = [];
  const blocks = [
    hardBreaks([
      escapeInline(doc.header.superiorBody),
      bold(doc.header.issuingBody),
      escapeInline(documentNumberLine(doc.header)),
    ]),
    hardBreaks([bold(NATIONAL_NAME), bold(MOTTO), `*${escapeInline(placeDateLine(doc))}*`]),
    `# ${escapeInline(doc.title)}`,
    bold(subjectLine(doc.subject)),
    toBlock(doc),
    escapeLineStart(escapeInline(doc.opening)),
    ...layoutBody(doc)
      .map((p) => paragraphMarkdown(p, notes))
      .filter(Boolean),
    [`***${DISTRIBUTION_LABEL}***`, '', ...distributionLines(doc.header).map(escapeInline)].join('\n'),
    ...signatureBlocks(doc),
    notes.map((note, i) => `[^${i + 1}]: ${escapeInline(note)}`).join('\n'),
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`.normalize('NFC');
}

/** `Kính gửi: X.` inline for one recipient, else the label followed by a dash list. */
function toBlock(doc: ReportDocument): string {
  const names = recipientNames(doc.header);
  if (names.length <= 1) return toLines(doc.header).map(escapeInline).join('\n');
  return [TO_LABEL, '', ...dashList(names).map(escapeInline)].join('\n');
}

/** One body paragraph: a heading, or (for a run-in heading) a paragraph opening with the bold heading. */
function paragraphMarkdown(paragraph: PrintParagraph, notes: string[]): string {
  if (paragraph.table) return tableMarkdown(paragraph.table.columns, paragraph.table.rows);
  const marker = HEADING[paragraph.role];
  const runIn = paragraph.runs.length > 1;
  if (marker && !runIn) return `${marker} ${runsMarkdown(paragraph.runs, notes, false)}`;
  return escapeLineStart(runsMarkdown(paragraph.runs, notes, true));
}

/** A pipe table, its cells escaped (a bar inside a cell too). */
function tableMarkdown(columns: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => escapeInline(c).replace(/\|/gu, '\\|')).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** The runs with their emphasis (when asked) and footnote markers numbered in order of appearance. */
function runsMarkdown(runs: PrintRun[], notes: string[], emphasis: boolean): string {
  return runs
    .map((run) => {
      const text = emphasis ? emphasise(run) : escapeInline(run.text);
      if (!run.footnote) return text;
      notes.push(footnoteText(run.footnote));
      return `${text}[^${notes.length}]`;
    })
    .join('');
}

function emphasise(run: PrintRun): string {
  const core = run.text.trim();
  if (!core || (!run.bold && !run.italic)) return escapeInline(run.text);
  const mark = `${run.bold ? '**' : ''}${run.italic ? '*' : ''}`;
  const lead = run.text.slice(0, run.text.indexOf(core));
  const tail = run.text.slice(lead.length + core.length);
  return `${lead}${mark}${escapeInline(core)}${[...mark].reverse().join('')}${tail}`;
}

const bold = (text: string) => `**${escapeInline(text)}**`;

/** Lines kept apart inside one paragraph with CommonMark's backslash line break. */
const hardBreaks = (lines: string[]) => lines.join('\\\n');

/** The signer's title lines in bold, then the name in bold (left out while unset). */
function signatureBlocks(doc: ReportDocument): string[] {
  const title = hardBreaks(signerTitleLines(doc.header).map(bold));
  const name = doc.header.signerName.trim();
  return name ? [title, bold(name)] : [title];
}
