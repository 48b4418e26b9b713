import { describe, expect, it } from 'vitest';
import { standardDiseaseBlock } from './disease-paragraph.ts';
import { diseaseByCode, fakeContext, textOf, type FigureRow } from './testing/fake-figures.ts';

const TCM = diseaseByCode('TCM');
const write = (rows: FigureRow[]) => standardDiseaseBlock(fakeContext(rows), TCM);

describe('a disease paragraph', () => {
  it('follows the grammar of REPORT_STYLE.md', () => {
    const block = write([
      ['TCM_CASES', 'month', { 608: 3, 611: 7, 610: 6, 618: 1 }],
      ['TCM_CASES', 'previousMonth', 13],
      ['TCM_CASES', 'sameMonthLastYear', 3],
      ['TCM_CASES', 'yearToDate', { 608: 50, 611: 20 }],
      ['TCM_CASES', 'yearToDateLastYear', 64],
      ['TCM_DEATHS', 'yearToDate', 0],
    ]);
    expect(block!.id).toBe('disease.TCM');
    expect(textOf(block)).toBe(
      "- Tay - Chân - Miệng: Trong tháng, ghi nhận 17 ca mắc mới (Ngọc Hồi 07, Đăk Glei 06, thành phố Kon Tum 03, Ia H'Drai 01), " +
        'tăng 04 ca so với tháng trước, tăng 14 ca so với tháng 11/2022. ' +
        'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 70 ca mắc (thành phố Kon Tum 50, Ngọc Hồi 20), tăng 06 ca so với cùng kỳ năm trước.',
    );
  });

  it('keeps the comparisons of a month without a case when a reference month had one', () => {
    const block = write([
      ['TCM_CASES', 'previousMonth', 3],
      ['TCM_CASES', 'sameMonthLastYear', 5],
      ['TCM_CASES', 'yearToDate', 41],
      ['TCM_CASES', 'yearToDateLastYear', 38],
    ]);
    expect(block!.sentences[0]!.text).toBe(
      '- Tay - Chân - Miệng: Trong tháng, không ghi nhận ca mắc mới, giảm 03 ca so với tháng trước, giảm 05 ca so với tháng 11/2022.',
    );
  });

  it('writes bằng for a reference month without a case when the other had one', () => {
    const block = write([
      ['TCM_CASES', 'previousMonth', 2],
      ['TCM_CASES', 'yearToDate', 2],
    ]);
    expect(block!.sentences[0]!.text).toContain(
      'không ghi nhận ca mắc mới, giảm 02 ca so với tháng trước, bằng so với tháng 11/2022.',
    );
  });

  it('drops the comparisons when the month and both reference months had no case', () => {
    const block = write([
      ['TCM_CASES', 'month', 0],
      ['TCM_CASES', 'yearToDate', 139],
      ['TCM_CASES', 'yearToDateLastYear', 29_740],
    ]);
    expect(textOf(block)).toBe(
      '- Tay - Chân - Miệng: Trong tháng, không ghi nhận ca mắc mới. ' +
        'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 139 ca mắc, giảm 29.601 ca so với cùng kỳ năm trước.',
    );
  });

  it('names a single district in running text and in parentheses', () => {
    const dakHa = write([
      ['TCM_CASES', 'month', { 615: 1 }],
      ['TCM_CASES', 'yearToDate', { 615: 2 }],
    ]);
    expect(textOf(dakHa)).toContain('ghi nhận 01 ca mắc mới tại huyện Đăk Hà, tăng 01 ca so với tháng trước');
    expect(textOf(dakHa)).toContain('ghi nhận 02 ca mắc (Đăk Hà), tăng 02 ca so với cùng kỳ năm trước.');
    const city = write([
      ['TCM_CASES', 'month', { 608: 1 }],
      ['TCM_CASES', 'yearToDate', { 608: 1 }],
    ]);
    expect(textOf(city)).toContain('ghi nhận 01 ca mắc mới tại thành phố Kon Tum,');
  });

  it('names the districts of deaths', () => {
    const block = write([
      ['TCM_CASES', 'yearToDate', { 613: 3 }],
      ['TCM_DEATHS', 'yearToDate', { 613: 1 }],
    ]);
    expect(textOf(block)).toContain(
      'Lũy tích đến 30/11/2023, có 01 ca tử vong (Kon Plông), ghi nhận 03 ca mắc (Kon Plông),',
    );
  });

  it('puts a year-to-date breakdown of up to three districts inline, a longer one in a footnote', () => {
    const inline = write([['TCM_CASES', 'yearToDate', { 615: 4, 617: 1, 616: 2 }]]);
    expect(inline!.sentences[1]!.text).toContain('ghi nhận 07 ca mắc (Đăk Hà 04, Sa Thầy 02, Tu Mơ Rông 01),');
    expect(inline!.sentences[1]!.footnotes).toBeUndefined();

    const noted = write([['TCM_CASES', 'yearToDate', { 608: 5, 615: 4, 617: 1, 616: 2 }]]);
    const ytd = noted!.sentences[1]!;
    expect(ytd.text).toBe(
      'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 12 ca mắc, tăng 12 ca so với cùng kỳ năm trước.',
    );
    expect(ytd.footnotes).toEqual([
      {
        at: ytd.text.indexOf('12 ca mắc') + '12 ca mắc'.length,
        text: 'thành phố Kon Tum 05, Đăk Hà 04, Sa Thầy 02, Tu Mơ Rông 01',
      },
    ]);
  });

  it('lists only the districts when part of the total was reported at province level', () => {
    const block = write([
      ['TCM_CASES', 'month', { 615: 2, province: 1 }],
      ['TCM_CASES', 'yearToDate', { 615: 2, province: 1 }],
    ]);
    expect(textOf(block)).toContain('ghi nhận 03 ca mắc mới (Đăk Hà 02),');
    expect(textOf(block)).toContain('ghi nhận 03 ca mắc (Đăk Hà 02),');
  });

  it('is left out without a case this month or this year', () => {
    expect(
      write([
        ['TCM_CASES', 'previousMonth', 4],
        ['TCM_CASES', 'yearToDateLastYear', 9],
      ]),
    ).toBeNull();
  });

  it('cites the figures each sentence states, districts with their org unit', () => {
    const block = write([
      ['TCM_CASES', 'month', { 615: 1, 616: 2 }],
      ['TCM_CASES', 'yearToDate', 3],
    ]);
    const cited = block!.sentences[0]!.figures.map(
      (f) => `${f.item}@${f.span}${f.orgUnit ? `:${f.orgUnit}` : ''}=${f.value}`,
    );
    expect(cited).toEqual([
      'TCM_CASES@month=3',
      'TCM_CASES@month:616=2',
      'TCM_CASES@month:615=1',
      'TCM_CASES@previousMonth=null',
      'TCM_CASES@sameMonthLastYear=null',
    ]);
  });
});
