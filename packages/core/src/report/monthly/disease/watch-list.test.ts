import { describe, expect, it } from 'vitest';
import { watchListBlock, yearSoFarWords } from './watch-list.ts';
import { fakeContext, textOf } from './testing/fake-figures.ts';

describe('the watch list', () => {
  it('lists the watched diseases without a case this year, in watch order, and ends with a full stop', () => {
    const ctx = fakeContext([
      ['COVID19_CASES', 'yearToDate', 139],
      ['SOTRET_CASES', 'yearToDate', 2],
      ['VNNB_CASES', 'yearToDate', 3],
      ['VGA_CASES', 'yearToDate', 7],
      ['TCM_CASES', 'yearToDate', 142],
    ]);
    expect(textOf(watchListBlock(ctx))).toBe(
      '- Trong 11 tháng đầu năm 2023, không ghi nhận mắc mới các bệnh: Cúm A (H5N1, H7N9...), ' +
        'Hội chứng viêm đường hô hấp vùng Trung Đông do vi rút Corona (MERS-CoV), Đậu mùa khỉ, Cúm A(H1N1), ' +
        'Bệnh do vi rút Zika, Bạch hầu, Dại, Ho gà, Sởi.',
    );
  });

  it('leaves out a watched disease with a case this year, but not one with a case last year only', () => {
    const ctx = fakeContext([
      ['SOI_CASES', 'yearToDate', 1],
      ['HOGA_CASES', 'yearToDateLastYear', 1],
    ]);
    const text = textOf(watchListBlock(ctx));
    expect(text).not.toContain('Sởi');
    expect(text).toContain('Ho gà');
    expect(text).toContain(
      'Bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (COVID-19), Cúm A (H5N1, H7N9...)',
    );
  });

  it('cites every watched disease, since any of them getting a case changes the list', () => {
    const block = watchListBlock(fakeContext([]));
    expect(block!.sentences[0]!.figures).toHaveLength(13);
    expect(block!.sentences[0]!.figures.every((f) => f.span === 'yearToDate')).toBe(true);
  });

  it('is left out when every watched disease had a case', () => {
    const codes = [
      'COVID19',
      'CUMA_H5N1',
      'MERS',
      'DAUMUAKHI',
      'CUMA_H1N1',
      'ZIKA',
      'BACHHAU',
      'DAI',
      'HOGA',
      'SOI',
      'SOTRET',
      'VNNB',
      'VGA',
    ];
    expect(watchListBlock(fakeContext(codes.map((c) => [`${c}_CASES`, 'yearToDate', 1] as const)))).toBeNull();
  });

  it('names the months so far, January and December included', () => {
    expect(yearSoFarWords(2023, 11)).toBe('Trong 11 tháng đầu năm 2023');
    expect(yearSoFarWords(2024, 2)).toBe('Trong 2 tháng đầu năm 2024');
    expect(yearSoFarWords(2024, 1)).toBe('Trong tháng 01 năm 2024');
    expect(yearSoFarWords(2023, 12)).toBe('Trong năm 2023');
    expect(textOf(watchListBlock(fakeContext([], '202401')))).toMatch(
      /^- Trong tháng 01 năm 2024, không ghi nhận mắc mới các bệnh: /u,
    );
  });
});
