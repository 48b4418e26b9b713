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

  it.each([
    ['20240115', '2024-01-15/P1D'],
    ['2024WedW1', '2024-01-03/P7D'],
    ['2024ThuW1', '2024-01-04/P7D'],
    ['2024SatW1', '2023-12-30/P7D'],
    ['2024SunW1', '2023-12-31/P7D'],
    ['2024BiW1', '2024-01-01/P14D'],
    ['202402B', '2024-03-01/P2M'],
    ['2025NovQ1', '2024-11-01/P3M'],
    ['2024AprilS1', '2024-04-01/P6M'],
    ['2025NovS1', '2024-11-01/P6M'],
    ['2024April', '2024-04-01/P1Y'],
    ['2024July', '2024-07-01/P1Y'],
    ['2024Oct', '2024-10-01/P1Y'],
    ['2025Nov', '2024-11-01/P1Y'],
  ])('DHIS2 type %s ↔ %s', (code, adx) => {
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
    '2024-03-01/P3M',
    '2023-11-01',
    '2023-12-01/P2M',
    '2024-01-02/P14D',
    '2024-03-01/P1Y',
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
