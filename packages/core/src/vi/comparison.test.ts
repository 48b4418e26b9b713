import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeWords, comparedWith, PREVIOUS_MONTH, SAME_PERIOD_LAST_YEAR } from './comparison.ts';

describe('changeWords', () => {
  it('pads differences below 10 to two digits', () => {
    expect(changeWords(17, 13)).toBe('tăng 04 ca');
    expect(changeWords(9, 16)).toBe('giảm 07 ca');
  });

  it('writes larger differences plainly, with a dot between thousands', () => {
    expect(changeWords(43, 76)).toBe('giảm 33 ca');
    expect(changeWords(139, 29_740)).toBe('giảm 29.601 ca');
  });

  it('says bằng when nothing changed', () => {
    expect(changeWords(0, 0)).toBe('bằng');
    expect(changeWords(2, 2)).toBe('bằng');
  });

  it('takes the unit word it is given', () => {
    expect(changeWords(24, 27, 'ổ dịch')).toBe('giảm 03 ổ dịch');
  });

  it('never says tăng when the figure fell, nor giảm when it rose', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (current, reference) => {
        const words = changeWords(current, reference);
        if (current < reference) expect(words.startsWith('giảm ')).toBe(true);
        else if (current > reference) expect(words.startsWith('tăng ')).toBe(true);
        else expect(words).toBe('bằng');
      }),
    );
  });
});

describe('comparedWith', () => {
  it('names what the figure is compared with', () => {
    expect(comparedWith(17, 13, PREVIOUS_MONTH)).toBe('tăng 04 ca so với tháng trước');
    expect(comparedWith(0, 0, 'tháng 11/2022')).toBe('bằng so với tháng 11/2022');
    expect(comparedWith(422, 931, SAME_PERIOD_LAST_YEAR)).toBe('giảm 509 ca so với cùng kỳ năm trước');
  });
});
