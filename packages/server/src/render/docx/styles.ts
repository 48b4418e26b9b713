/** Document defaults and the footnote styles: Times New Roman 14, black, everywhere a run could inherit from. */
import type { IStylesOptions, IThemeOptions } from 'docx';
import { BLACK, FONT, SIZE } from './format.ts';

const font = { font: FONT, color: BLACK } as const;

/** Default run and paragraph formatting, and the footnote text and mark at size 12. */
export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: { run: { ...font, size: SIZE.body }, paragraph: { spacing: { before: 0, after: 0 } } },
    footnoteText: { run: { ...font, size: SIZE.footnote }, paragraph: { spacing: { before: 0, after: 0 } } },
    footnoteTextChar: { run: { ...font, size: SIZE.footnote } },
    footnoteReference: { run: { ...font, superScript: true } },
  },
};

/**
 * Every script of the theme's two fonts (Office lists these) mapped to Times New Roman: Word reads the theme when a
 * style asks for a theme font, and the package must name no other font.
 */
const THEME_SCRIPTS = (
  'Jpan Hang Hans Hant Arab Hebr Thai Ethi Beng Gujr Khmr Knda Guru Cans Cher Yiii Tibt Thaa Deva Telu Taml Syrc ' +
  'Orya Mlym Laoo Sinh Mong Viet Uigh Geor Armn Bugi Bopo Java Lisu Mymr Nkoo Olck Osma Phag Syrn Syrj Syre Sora Tale Talu Tfng'
).split(' ');

const themeFont = {
  latin: FONT,
  eastAsia: FONT,
  complexScript: FONT,
  scripts: Object.fromEntries(THEME_SCRIPTS.map((script) => [script, FONT])),
};

/** The theme with Times New Roman for headings and body text in every script. */
export const REPORT_THEME: IThemeOptions = { fonts: { headings: themeFont, body: themeFont } };
