/** Text runs that always name the document's font and colour, so no run falls back to a theme font. */
import { Tab, TextRun, type IRunOptions } from 'docx';
import { BLACK, FONT } from './format.ts';

/** Run formatting the builders choose: size in half-points, bold, italic. */
export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** The font and colour every run and paragraph mark carries. */
export function fontOf(style: RunStyle): Pick<IRunOptions, 'font' | 'size' | 'bold' | 'italics' | 'color'> {
  return { font: FONT, size: style.size, bold: style.bold ?? false, italics: style.italic ?? false, color: BLACK };
}

/** A run of text in Times New Roman, black. */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text: text.normalize('NFC'), ...fontOf(style) });
}

/** Two stretches of text separated by a tab, in one run. */
export function tabbedRun(before: string, after: string, style: RunStyle): TextRun {
  return new TextRun({ children: [before.normalize('NFC'), new Tab(), after.normalize('NFC')], ...fontOf(style) });
}
