/** The document header: issuing body on the left, national name and motto on the right, number and date below. */
import { MOTTO, NATIONAL_NAME } from '@syt/core/report/render/fixed-text.ts';
import { documentNumberLine, placeDateLine } from '@syt/core/report/render/header-lines.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { AlignmentType, Paragraph, type Table } from 'docx';
import { borderlessRow, borderlessTable } from './borderless-table.ts';
import { FONT, HEADER_COLUMNS, SIZE } from './format.ts';
import { ruleParagraph } from './rule.ts';
import { run, type RunStyle } from './runs.ts';
import { textWidth } from './text-width.ts';

const [LEFT, RIGHT] = HEADER_COLUMNS;

/** A centred header line with no spacing. */
function line(text: string, style: RunStyle, spacingBefore = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBefore, after: 0 },
    run: { font: FONT, size: style.size },
    children: [run(text, style)],
  });
}

/**
 * The issuing body's rule: 40% of the wider of the two name lines. The Decree's "1/3 to 1/2 of the line" would leave
 * under a centimetre beneath a name as short as SỞ Y TẾ, so the measure is taken on the block, as templates do.
 */
function issuingBodyRule(doc: ReportDocument): Paragraph {
  const widest = Math.max(
    textWidth(doc.header.superiorBody, SIZE.superiorBody),
    textWidth(doc.header.issuingBody, SIZE.issuingBody, true),
  );
  return ruleParagraph(Math.round(widest * 0.4), LEFT);
}

/** The names row: left the bodies, right the national name and the motto, each block with its rule. */
function namesRow(doc: ReportDocument) {
  const left = [
    line(doc.header.superiorBody.toLocaleUpperCase('vi'), { size: SIZE.superiorBody }),
    line(doc.header.issuingBody.toLocaleUpperCase('vi'), { size: SIZE.issuingBody, bold: true }),
    issuingBodyRule(doc),
  ];
  const right = [
    line(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    line(MOTTO, { size: SIZE.motto, bold: true }),
    // The motto's rule is as long as the motto itself.
    ruleParagraph(textWidth(MOTTO, SIZE.motto, true), RIGHT),
  ];
  return borderlessRow([left, right], HEADER_COLUMNS);
}

/** The number and the place-and-date, in a row of their own so they stand on one level. */
function numberRow(doc: ReportDocument) {
  return borderlessRow(
    [
      [line(documentNumberLine(doc.header), { size: SIZE.documentNumber }, 120)],
      [line(placeDateLine(doc), { size: SIZE.placeDate, italic: true }, 120)],
    ],
    HEADER_COLUMNS,
  );
}

/** The header as a borderless two-column table. */
export function headerTable(doc: ReportDocument): Table {
  return borderlessTable([namesRow(doc), numberRow(doc)], HEADER_COLUMNS);
}
