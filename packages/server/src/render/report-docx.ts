/** The monthly report as a .docx in the Decree 30/2020 format, built with `docx` from the shared print layout. */
import type { ReportDocument } from '@syt/core/report/model.ts';
import { subjectLine } from '@syt/core/report/render/header-lines.ts';
import { Document, Packer, Paragraph } from 'docx';
import { bodyParagraphs } from './docx/body.ts';
import { chartAppendix } from './docx/chart-appendix.ts';
import { FONT, SIZE } from './docx/format.ts';
import { headerTable } from './docx/header-table.ts';
import { pageSetup } from './docx/page-setup.ts';
import { signatureBlock } from './docx/signature-block.ts';
import { REPORT_STYLES, REPORT_THEME } from './docx/styles.ts';
import { titleBlock } from './docx/title-block.ts';

/** A small gap between the body and the signature table, kept with the table. */
const spacer = () => new Paragraph({ keepNext: true, spacing: { before: 0, after: 120 }, run: { font: FONT, size: SIZE.body } });

/** The report as a .docx in the Decree 30 format, its charts (if any) in an appendix after the signature. */
export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'SYT',
    title: `${doc.title} ${subjectLine(doc.subject)}`.normalize('NFC'),
    styles: REPORT_STYLES,
    theme: REPORT_THEME,
    sections: [
      {
        ...pageSetup(),
        children: [
          headerTable(doc), ...titleBlock(doc), ...bodyParagraphs(doc), spacer(), signatureBlock(doc), ...chartAppendix(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
