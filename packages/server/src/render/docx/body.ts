/** The body from part I to the end of part II, from the shared print layout. */
import { layoutBody, type PrintParagraph } from '@syt/core/report/layout.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { Paragraph, type ParagraphChild, type Table } from 'docx';
import { dataTable } from './data-table.ts';
import { FONT, SIZE } from './format.ts';
import { footnoteRun } from './footnotes.ts';
import { bodyParagraph } from './paragraphs.ts';
import { run } from './runs.ts';

/** A printed paragraph's runs, each footnote's reference right after its stretch. */
function children(paragraph: PrintParagraph): ParagraphChild[] {
  return paragraph.runs.flatMap((r) => {
    const text = run(r.text, { size: SIZE.body, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
    return r.footnote ? [text, footnoteRun(r.footnote)] : [text];
  });
}

/** Headings standing alone keep with the next paragraph, and the last paragraph with the signature. */
const keepsWithNext = (p: PrintParagraph, last: boolean) => last || (p.role !== 'body' && p.role !== 'plan-item' && p.runs.length === 1);

/** An empty line after a table, so the next heading does not touch its bottom rule. */
const afterTable = () => new Paragraph({ spacing: { before: 0, after: 0 }, run: { font: FONT, size: SIZE.table } });

/** The body paragraphs (and tables), so no heading ends a page and the signature never stands alone on one. */
export function bodyParagraphs(doc: ReportDocument): (Paragraph | Table)[] {
  const printed = layoutBody(doc).filter((p) => p.runs.length > 0 || p.table);
  return printed.flatMap((p, i) => (p.table ? [dataTable(p.table), afterTable()] : [bodyParagraph(children(p), keepsWithNext(p, i === printed.length - 1))]));
}
