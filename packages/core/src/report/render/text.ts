/** The report as plain text: one line per printed line, blank lines between the document's blocks. */
import { layoutBody } from '../layout.ts';
import type { ReportDocument } from '../model.ts';
import { DISTRIBUTION_LABEL, MOTTO, NATIONAL_NAME } from './fixed-text.ts';
import {
  distributionLines,
  documentNumberLine,
  placeDateLine,
  signerTitleLines,
  subjectLine,
  toLines,
} from './header-lines.ts';
import { plainRuns } from './plain-runs.ts';

/** The report as plain text (UTF-8, NFC); footnotes print in parentheses where their markers would be. */
export function renderText(doc: ReportDocument): string {
  const blocks: string[][] = [
    [doc.header.superiorBody, doc.header.issuingBody, documentNumberLine(doc.header)],
    [NATIONAL_NAME, MOTTO, placeDateLine(doc)],
    [doc.title, subjectLine(doc.subject)],
    toLines(doc.header),
    [doc.opening],
    ...bodyBlocks(doc),
    [DISTRIBUTION_LABEL, ...distributionLines(doc.header)],
    signatureLines(doc),
  ];
  const text = blocks
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
  return `${text}\n`.normalize('NFC');
}

/** The body split into one block per part, so each part starts after a blank line. */
function bodyBlocks(doc: ReportDocument): string[][] {
  const blocks: string[][] = [];
  for (const paragraph of layoutBody(doc)) {
    if (paragraph.role === 'part' || blocks.length === 0) blocks.push([]);
    if (paragraph.table) {
      // A table in plain text: one line a row, cells between bars, the header first.
      const { columns, rows } = paragraph.table;
      for (const row of [columns, ...rows]) blocks[blocks.length - 1]!.push(`| ${row.join(' | ')} |`);
      continue;
    }
    const line = plainRuns(paragraph.runs).trim();
    if (line) blocks[blocks.length - 1]!.push(line);
  }
  return blocks;
}

/** The signer's title lines, a blank signing space, then the name (left blank when none is set). */
function signatureLines(doc: ReportDocument): string[] {
  const name = doc.header.signerName.trim();
  return name ? [...signerTitleLines(doc.header), '', '', name] : signerTitleLines(doc.header);
}
