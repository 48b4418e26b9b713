/** The closing: `Nơi nhận:` and the distribution list on the left, the signer's title, space and name on the right. */
import { DISTRIBUTION_LABEL } from '@syt/core/report/render/fixed-text.ts';
import { distributionLines, signerTitleLines } from '@syt/core/report/render/header-lines.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { AlignmentType, Paragraph, type Table } from 'docx';
import { borderlessRow, borderlessTable } from './borderless-table.ts';
import { FONT, SIGNATURE_COLUMNS, SIZE } from './format.ts';
import { centred } from './paragraphs.ts';
import { run, type RunStyle } from './runs.ts';

/** Room left for the signature and the seal, before the name. */
const SIGNING_SPACE = 1800;

function leftLine(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    run: { font: FONT, size: style.size },
    children: [run(text, style)],
  });
}

/** `Nơi nhận:` (12, bold italic) and its `- …;` lines (11). */
function distribution(doc: ReportDocument): Paragraph[] {
  return [
    leftLine(DISTRIBUTION_LABEL, { size: SIZE.distributionLabel, bold: true, italic: true }),
    ...distributionLines(doc.header).map((line) => leftLine(line, { size: SIZE.distribution })),
  ];
}

/** The signer's title lines (bold, upper case), the signing space, the name (bold; an empty line while unset). */
function signature(doc: ReportDocument): Paragraph[] {
  const style = { size: SIZE.signer, bold: true };
  return [
    ...signerTitleLines(doc.header).map((line) => centred([run(line, style)], SIZE.signer)),
    centred([run(doc.header.signerName.trim(), style)], SIZE.signer, SIGNING_SPACE),
  ];
}

/** The closing as a borderless two-column table that stays on one page. */
export function signatureBlock(doc: ReportDocument): Table {
  return borderlessTable([borderlessRow([distribution(doc), signature(doc)], SIGNATURE_COLUMNS)], SIGNATURE_COLUMNS);
}
