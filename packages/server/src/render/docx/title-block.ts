/** Title, subject with its rule, the recipients (`Kính gửi:`) and the opening sentence. */
import { TO_LABEL } from '@syt/core/report/render/fixed-text.ts';
import { dashList, recipientNames, subjectLine } from '@syt/core/report/render/header-lines.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { AlignmentType, Paragraph, TabStopType } from 'docx';
import { FONT, SIZE, TEXT_WIDTH } from './format.ts';
import { bodyParagraph, centred } from './paragraphs.ts';
import { ruleParagraph } from './rule.ts';
import { run, tabbedRun } from './runs.ts';
import { textWidth } from './text-width.ts';

/** Space between `Kính gửi:` and the first recipient. */
const TO_GAP = 170;

/** `BÁO CÁO`, the subject under it, and a rule a third of the subject's longest line. */
function titleAndSubject(doc: ReportDocument): Paragraph[] {
  const subject = subjectLine(doc.subject);
  const longestLine = Math.min(textWidth(subject, SIZE.subject, true), TEXT_WIDTH);
  return [
    centred([run(doc.title.toLocaleUpperCase('vi'), { size: SIZE.title, bold: true })], SIZE.title, 360),
    centred([run(subject, { size: SIZE.subject, bold: true })], SIZE.subject),
    ruleParagraph(Math.round(longestLine / 3), TEXT_WIDTH),
  ];
}

/**
 * `Kính gửi:` then one recipient per line, the list aligned after the label and the whole block centred on the
 * page; a single recipient stands on the label's line.
 */
function recipients(doc: ReportDocument): Paragraph[] {
  const names = recipientNames(doc.header);
  const style = { size: SIZE.to };
  if (names.length === 0) return [];
  if (names.length === 1) return [centred([run(`${TO_LABEL} ${names[0]}.`, style)], SIZE.to, 240, 240)];
  const items = dashList(names);
  const label = textWidth(TO_LABEL, SIZE.to) + TO_GAP;
  const block = label + Math.max(...items.map((item) => textWidth(item, SIZE.to)));
  const listStart = Math.max(label, Math.round((TEXT_WIDTH - block) / 2) + label);
  return items.map(
    (item, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: i === 0 ? { left: listStart, hanging: label } : { left: listStart },
        tabStops: [{ type: TabStopType.LEFT, position: listStart }],
        spacing: { before: i === 0 ? 240 : 0, after: i === items.length - 1 ? 240 : 0 },
        run: { font: FONT, size: SIZE.to },
        children: [i === 0 ? tabbedRun(TO_LABEL, item, style) : run(item, style)],
      }),
  );
}

/** Everything between the header table and part I. */
export function titleBlock(doc: ReportDocument): Paragraph[] {
  return [...titleAndSubject(doc), ...recipients(doc), bodyParagraph([run(doc.opening, { size: SIZE.body })])];
}
