/** The short solid lines of the header and under the subject, drawn as a centred paragraph border. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { BLACK, FONT } from './format.ts';

/**
 * An empty paragraph two points high whose top border is `length` twips long, centred in `within` twips, three
 * points below the text. The line is its own paragraph so the text above never has to fit between the indents
 * that size it.
 */
export function ruleParagraph(length: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 60, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
    run: { font: FONT, size: 4 },
  });
}
