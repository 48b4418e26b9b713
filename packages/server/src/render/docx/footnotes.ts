/** Word footnotes: the reference mark in the text and the note's own paragraph at size 12. */
import { AlignmentType, FootnoteReferenceRun, Paragraph } from 'docx';
import { footnoteText } from '@syt/core/report/layout.ts';
import { FONT, SIZE } from './format.ts';
import { run } from './runs.ts';

/** A footnote reference carrying its note, which docx numbers and adds to word/footnotes.xml. */
export function footnoteRun(text: string): FootnoteReferenceRun {
  return new FootnoteReferenceRun({
    children: [
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 0, after: 0 },
        run: { font: FONT, size: SIZE.footnote },
        children: [run(` ${footnoteText(text)}`, { size: SIZE.footnote })],
      }),
    ],
  });
}
