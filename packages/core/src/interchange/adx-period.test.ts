import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodArb } from '../period/period.arbitraries.ts';
import { fromAdxPeriod, toAdxPeriod } from './adx-period.ts';

describe('ADX periods', () => {
  it.each([
    ['202311', '2023-11-01/P1M'],
    ['2024Q1', '2024-01-01/P3M'],
    ['2024S2', '2024-07-01/P6M'],
    ['2024', '2024-01-01/P1Y'],
    ['2024W01', '2024-01-01/P7D'],
    ['2020W53', '2020-12-28/P7D'],
  ])('%s ↔ %s', (code, adx) => {
    expect(toAdxPeriod(code)).toBe(adx);
    expect(fromAdxPeriod(adx)).toBe(code);
  });

  it('accepts the other spellings of a week and a year', () => {
    expect(fromAdxPeriod('2024-01-01/P1W')).toBe('2024W01');
    expect(fromAdxPeriod('2024-01-01/P12M')).toBe('2024');
  });

  it.each([
    '2023-11-15/P1M',
    '2024-01-02/P7D',
    '2024-02-01/P3M',
    '2023-11-01',
    '2023-11-01/P2M',
    '2023-13-01/P1M',
    '',
    '/',
  ])('rejects %j', (adx) => expect(fromAdxPeriod(adx)).toBeNull());

  it('rejects codes that name no period', () => {
    expect(toAdxPeriod('2023-13')).toBeNull();
  });

  it('fromAdxPeriod ∘ toAdxPeriod = id on every period type', () => {
    fc.assert(
      fc.property(periodArb(), (period) => {
        expect(fromAdxPeriod(toAdxPeriod(period.code)!)).toBe(period.code);
      }),
    );
  });
});
