/** A4 portrait, the Decree's margins, and page numbers centred at the top from page 2 on. */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { BLACK, FONT, MARGIN, PAGE, SIZE } from './format.ts';

/** The page number, centred, size 14. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        run: { font: FONT, size: SIZE.pageNumber },
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber, color: BLACK })],
      }),
    ],
  });
}

/** The first page carries no number (Decree 30), so it gets its own empty header. */
function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ run: { font: FONT, size: SIZE.pageNumber } })] });
}

/** Section properties and headers for the report's single section. */
export function pageSetup(): Pick<ISectionOptions, 'properties' | 'headers'> {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...MARGIN, gutter: 0 },
      },
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
  };
}
