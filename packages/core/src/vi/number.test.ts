import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent } from './number.ts';

describe('numbers as official documents write them', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(7884)).toBe('7.884');
    expect(formatNumber(29601)).toBe('29.601');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(-2258)).toBe('-2.258');
    expect(formatNumber(139)).toBe('139');
  });

  it('writes decimals after a comma and drops trailing zeros', () => {
    expect(formatNumber(66.8, 1)).toBe('66,8');
    expect(formatNumber(5.0, 1)).toBe('5');
    expect(formatNumber(99.73, 2)).toBe('99,73');
    expect(formatNumber(99.7, 2)).toBe('99,7');
    expect(formatNumber(1234.56, 1)).toBe('1.234,6');
  });

  it('rounds halves away from zero', () => {
    expect(formatNumber(8.65, 1)).toBe('8,7');
    expect(formatNumber(-8.65, 1)).toBe('-8,7');
    expect(formatNumber(1.005, 2)).toBe('1,01');
  });

  it('pads counts below ten to two digits and leaves larger ones plain', () => {
    expect(['01', '02', '09']).toEqual([1, 2, 9].map(formatCount));
    expect(formatCount(0)).toBe('00');
    expect(formatCount(10)).toBe('10');
    expect(formatCount(17)).toBe('17');
    expect(formatCount(2258)).toBe('2.258');
  });

  it('writes percentages with one decimal by default, ",0" dropped, one percent sign', () => {
    expect(formatPercent(66.8)).toBe('66,8%');
    expect(formatPercent(80)).toBe('80%');
    expect(formatPercent(4.99)).toBe('5%');
    expect(formatPercent(99.734, 2)).toBe('99,73%');
  });

  it('reads back to the rounded number for any value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (value, decimals) => {
          const text = formatNumber(value, decimals);
          const back = Number(text.replace(/\./g, '').replace(',', '.'));
          expect(Math.abs(back - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-6);
          expect(text).not.toMatch(/,\d*0$/);
        },
      ),
    );
  });
});
