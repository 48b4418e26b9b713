/** The paragraph shapes the report repeats: body text (justified, indented) and centred lines. */
import { AlignmentType, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import { BODY, FONT, SIZE } from './format.ts';

/** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.15. */
export function bodyParagraph(children: ParagraphChild[], keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    spacing: { before: 0, after: BODY.after, line: BODY.line, lineRule: LineRuleType.AUTO },
    keepNext,
    run: { font: FONT, size: SIZE.body },
    children,
  });
}

/** A centred paragraph of the given runs, with optional spacing before and after (twips). */
export function centred(children: ParagraphChild[], size: number, before = 0, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after },
    run: { font: FONT, size },
    children,
  });
}
