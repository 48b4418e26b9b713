/** The measures of a Decree 30/2020 document (Appendix I) in the units Word uses: twips and half-points. */
/** The only font of the document. */
export const FONT = 'Times New Roman';
/** Text colour: black, never a theme colour. */
export const BLACK = '000000';

/** Font sizes in half-points (`w:sz`), named by what they print. */
export const SIZE = {
  superiorBody: 26,
  issuingBody: 26,
  documentNumber: 26,
  nationalName: 26,
  motto: 26,
  placeDate: 28,
  title: 28,
  subject: 28,
  to: 28,
  body: 28,
  footnote: 24,
  /** Tables of figures in the body: 11 pt, so a date fits a figure's column. */
  table: 22,
  pageNumber: 28,
  distributionLabel: 24,
  distribution: 22,
  signer: 28,
} as const;

/** Millimetres to twips, rounded to the nearest (docx's own helper truncates: 20 mm would fall below 1134). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;
/** Margins inside the Decree's ranges (top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm); the page number sits in the top one. */
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
/** Width of the text column. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Body paragraphs: first-line indent 1.27 cm, 6 pt after, line spacing 1.15 (Decree: single to 1.5). */
export const BODY = { firstLine: mm(12.7), after: 120, line: 276 } as const;

/** The two columns of the header and of the signature table (left, right), summing to the text width. */
export const HEADER_COLUMNS = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)] as const;
export const SIGNATURE_COLUMNS = [Math.round(TEXT_WIDTH * 0.46), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.46)] as const;

/** Half-points to twips (1 pt = 20 twips). */
export const halfPointsToTwips = (halfPoints: number) => halfPoints * 10;
