import { describe, expect, it } from 'vitest';
import { borderScreeningBlock } from './border-screening.ts';
import { dengueBlock } from './dengue.ts';
import { dakKiaBlock, leprosyBlock } from './leprosy.ts';
import { malariaBlock } from './malaria.ts';
import { tuberculosisBlock } from './tuberculosis.ts';
import { diseaseByCode, fakeContext, textOf } from './testing/fake-figures.ts';

describe('dengue', () => {
  const SXHD = diseaseByCode('SXHD');

  it('states the outbreaks first, compared with the previous month', () => {
    const ctx = fakeContext([
      ['SXHD_OUTBREAKS', 'month', { 608: 12, 612: 3, 614: 6 }],
      ['SXHD_OUTBREAKS', 'previousMonth', 27],
      ['SXHD_OUTBREAKS', 'sameMonthLastYear', 40],
      ['SXHD_OUTBREAKS', 'yearToDate', 158],
      ['SXHD_CASES', 'month', { 608: 2 }],
      ['SXHD_CASES', 'yearToDate', { 608: 2 }],
    ]);
    expect(textOf(dengueBlock(ctx, SXHD))).toBe(
      '- Sốt xuất huyết Dengue: Trong tháng, ghi nhận 21 ổ dịch (thành phố Kon Tum 12, Kon Rẫy 06, Đăk Tô 03), giảm 06 ổ dịch so với tháng trước. ' +
        'Lũy tích đến 30/11/2023, ghi nhận 158 ổ dịch. ' +
        'Trong tháng, ghi nhận 02 ca mắc mới tại thành phố Kon Tum, tăng 02 ca so với tháng trước, tăng 02 ca so với tháng 11/2022. ' +
        'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 02 ca mắc (thành phố Kon Tum), tăng 02 ca so với cùng kỳ năm trước.',
    );
  });

  it('says how many recorded outbreaks are active and how many ended in the month, never zeros', () => {
    const base = fakeContext([
      ['SXHD_OUTBREAKS', 'month', { 615: 2 }],
      ['SXHD_OUTBREAKS', 'previousMonth', 1],
      ['SXHD_OUTBREAKS', 'yearToDate', 3],
    ]);
    const withStates = (active: number, closedInMonth: number) =>
      dengueBlock({ ...base, input: { ...base.input, outbreakStates: { SXHD_OUTBREAKS: { active, closedInMonth } } } }, SXHD);
    expect(textOf(withStates(2, 1))).toContain(
      'Trong tháng, ghi nhận 02 ổ dịch tại huyện Đăk Hà, tăng 01 ổ dịch so với tháng trước, 02 ổ dịch đang hoạt động, 01 ổ dịch đã kết thúc trong tháng.',
    );
    expect(textOf(withStates(0, 1))).toContain('tăng 01 ổ dịch so với tháng trước, 01 ổ dịch đã kết thúc trong tháng.');
    expect(textOf(dengueBlock(base, SXHD))).toContain('tăng 01 ổ dịch so với tháng trước. Lũy tích');
  });

  it('leaves the outbreaks out when there was none this year', () => {
    const ctx = fakeContext([['SXHD_CASES', 'yearToDate', 5]]);
    expect(textOf(dengueBlock(ctx, SXHD))).toMatch(
      /^- Sốt xuất huyết Dengue: Trong tháng, không ghi nhận ca mắc mới\. Lũy tích/u,
    );
  });
});

describe('malaria', () => {
  const SOTRET = diseaseByCode('SOTRET');

  it('writes cases that were all imported as such, with their districts', () => {
    const ctx = fakeContext([
      ['SOTRET_CASES', 'previousMonth', 2],
      ['SOTRET_CASES', 'yearToDate', { 615: 2 }],
      ['SOTRET_CASES', 'yearToDateLastYear', 4],
      ['SOTRET_IMPORTED', 'yearToDate', { 615: 2 }],
    ]);
    expect(malariaBlock(ctx, SOTRET)!.sentences[1]!.text).toBe(
      'Lũy tích đến 30/11/2023, không có tử vong, không có ca mắc sốt rét ác tính, ghi nhận 02 ca mắc ngoại lai (Đăk Hà), giảm 02 ca so với cùng kỳ năm trước.',
    );
  });

  it('adds the imported share and the severe cases when only some were imported', () => {
    const ctx = fakeContext([
      ['SOTRET_CASES', 'yearToDate', { 615: 3, 616: 2 }],
      ['SOTRET_SEVERE', 'yearToDate', 1],
      ['SOTRET_IMPORTED', 'yearToDate', { 615: 2 }],
    ]);
    expect(malariaBlock(ctx, SOTRET)!.sentences[1]!.text).toBe(
      'Lũy tích đến 30/11/2023, không có tử vong, có 01 ca mắc sốt rét ác tính, ghi nhận 05 ca mắc (Đăk Hà 03, Sa Thầy 02), ' +
        'tăng 05 ca so với cùng kỳ năm trước; trong đó có 02 ca mắc ngoại lai.',
    );
  });
});

describe('tuberculosis', () => {
  const LAO = diseaseByCode('LAO');

  it('states deaths first, the forms and the register since 2018', () => {
    const ctx = fakeContext([
      ['LAO_CASES', 'month', { 615: 11, 608: 10 }],
      ['LAO_DEATHS', 'month', { 613: 1 }],
      ['LAO_CASES', 'yearToDate', { 615: 300, 608: 117 }],
      ['LAO_CASES.AFB_POS', 'yearToDate', 350],
      ['LAO_CASES.EXTRAPULM', 'yearToDate', 67],
      ['LAO_DEATHS', 'yearToDate', { 613: 1 }],
      ['LAO_REG_CASES', 'month', 2258],
      ['LAO_REG_DEATHS', 'month', 17],
      ['LAO_REG_ACTIVE', 'month', 331],
    ]);
    const [month, ytd, register] = tuberculosisBlock(ctx, LAO)!.sentences.map((s) => s.text);
    expect(month).toBe(
      '- Bệnh Lao: Trong tháng, có 01 ca tử vong (Kon Plông), ghi nhận 21 ca mắc mới (Đăk Hà 11, thành phố Kon Tum 10), tăng 21 ca so với tháng trước, tăng 21 ca so với tháng 11/2022.',
    );
    expect(ytd).toBe(
      'Lũy tích từ 01/01/2023 đến 30/11/2023, có 01 ca tử vong (Kon Plông), ghi nhận 417 ca mắc (Đăk Hà 300, thành phố Kon Tum 117), ' +
        'tăng 417 ca so với cùng kỳ năm trước; trong đó: Lao phổi AFB (+): 350, lao ngoài phổi: 67.',
    );
    expect(register).toBe(
      'Lũy tích từ 01/01/2018 đến 30/11/2023, ghi nhận 2.258 ca; trong đó tử vong: 17 ca, hiện đang được quản lý điều trị: 331 ca.',
    );
  });
});

describe('leprosy', () => {
  const PHONG = diseaseByCode('PHONG');

  it('adds the patients under management', () => {
    const ctx = fakeContext([
      ['PHONG_CASES', 'yearToDate', { 610: 2 }],
      ['PHONG_CASES', 'yearToDateLastYear', 2],
      ['PHONG_MANAGED', 'month', 85],
    ]);
    expect(textOf(leprosyBlock(ctx, PHONG))).toBe(
      '- Bệnh Phong: Trong tháng, không ghi nhận ca mắc mới. ' +
        'Lũy tích từ 01/01/2023 đến 30/11/2023, không có tử vong, ghi nhận 02 ca mắc (Đăk Glei), bằng so với cùng kỳ năm trước. ' +
        'Tổng số bệnh nhân phong đang quản lý đến 30/11/2023: 85 bệnh nhân.',
    );
  });

  it('writes the Đăk Kia paragraph from the figures reported', () => {
    const ctx = fakeContext([
      ['PHONG_DK_VISITS', 'month', 29],
      ['PHONG_DK_DISCHARGES', 'month', 8],
    ]);
    const block = dakKiaBlock(ctx, PHONG);
    expect(block!.id).toBe('disease.PHONG.dakkia');
    expect(textOf(block)).toBe(
      'Quản lý và điều trị bệnh nhân phong tại khu điều trị phong Đăk Kia: bệnh nhân đến khám (kê đơn) trong tháng 29; bệnh nhân xuất viện trong tháng 08.',
    );
    expect(dakKiaBlock(fakeContext([]), PHONG)).toBeNull();
  });
});

describe('border screening', () => {
  it('says nothing was found, or how many group A cases were', () => {
    const none = borderScreeningBlock(fakeContext([['KDYT_CHECKED', 'month', 7884]]));
    expect(none!.sentences[0]!.text).toBe(
      '- Tổng số công dân nhập cảnh được kiểm tra, giám sát trong tháng: 7.884 người.',
    );
    expect(none!.sentences[1]!.text).toMatch(/^Qua kiểm tra không phát hiện trường hợp nào mắc bệnh/u);
    const found = borderScreeningBlock(
      fakeContext([
        ['KDYT_CHECKED', 'month', 120],
        ['KDYT_SUSPECTED', 'month', 2],
      ]),
    );
    expect(found!.sentences[1]!.text).toBe(
      'Qua kiểm tra phát hiện 02 trường hợp mắc bệnh, nghi ngờ mắc bệnh thuộc nhóm A theo Luật phòng chống bệnh truyền nhiễm.',
    );
  });

  it('is left out when no one was checked', () => {
    expect(borderScreeningBlock(fakeContext([]))).toBeNull();
  });
});
