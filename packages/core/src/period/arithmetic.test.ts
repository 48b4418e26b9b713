import { describe, expect, it } from 'vitest';
import { comparePeriods, nextPeriod, previousPeriod, samePeriodLastYear, shiftPeriod } from './arithmetic.ts';
import { parsePeriod } from './parse.ts';
import { PeriodError } from './errors.ts';

const p = parsePeriod;
const code = (period: { code: string }): string => period.code;

describe('next, previous and shift', () => {
  it('steps over year ends', () => {
    expect(code(nextPeriod(p('202412')))).toBe('202501');
    expect(code(previousPeriod(p('202401')))).toBe('202312');
    expect(code(nextPeriod(p('2024Q4')))).toBe('2025Q1');
    expect(code(nextPeriod(p('2024S2')))).toBe('2025S1');
    expect(code(previousPeriod(p('2024')))).toBe('2023');
    expect(code(nextPeriod(p('2020W53')))).toBe('2021W01');
    expect(code(nextPeriod(p('2021W52')))).toBe('2022W01');
    expect(code(previousPeriod(p('2021W01')))).toBe('2020W53');
  });

  it('undoes a step', () => {
    for (const c of ['202402', '2024W05', '2020W53', '2024Q1', '2024S2', '2024']) {
      expect(previousPeriod(nextPeriod(p(c)))).toEqual(p(c));
    }
  });

  it('shifts by many steps either way', () => {
    expect(code(shiftPeriod(p('202402'), 23))).toBe('202601');
    expect(code(shiftPeriod(p('202402'), -14))).toBe('202212');
    expect(code(shiftPeriod(p('2024Q1'), -5))).toBe('2022Q4');
    expect(code(shiftPeriod(p('2024W05'), 52))).toBe('2025W05');
    expect(shiftPeriod(p('2024S1'), 0)).toEqual(p('2024S1'));
  });

  it('refuses to leave years 1900–2999', () => {
    expect(() => nextPeriod(p('299912'))).toThrow(expect.objectContaining({ code: 'PERIOD_OUT_OF_RANGE' }));
    expect(() => previousPeriod(p('1900'))).toThrow(PeriodError);
    expect(() => previousPeriod(p('1900W01'))).toThrow(expect.objectContaining({ code: 'PERIOD_OUT_OF_RANGE' }));
  });

  it('rejects a fractional step', () => {
    expect(() => shiftPeriod(p('2024'), 0.5)).toThrow(RangeError);
  });
});

describe('samePeriodLastYear', () => {
  it('keeps the position in the year', () => {
    expect(code(samePeriodLastYear(p('202402')))).toBe('202302');
    expect(code(samePeriodLastYear(p('2024Q3')))).toBe('2023Q3');
    expect(code(samePeriodLastYear(p('2024S1')))).toBe('2023S1');
    expect(code(samePeriodLastYear(p('2024')))).toBe('2023');
    expect(code(samePeriodLastYear(p('2024W05')))).toBe('2023W05');
  });

  it('clamps week 53 to 52 when the previous year has no week 53', () => {
    expect(code(samePeriodLastYear(p('2026W53')))).toBe('2025W52');
    expect(code(samePeriodLastYear(p('2021W52')))).toBe('2020W52');
  });

  it('refuses to go before 1900', () => {
    expect(() => samePeriodLastYear(p('190006'))).toThrow(expect.objectContaining({ code: 'PERIOD_OUT_OF_RANGE' }));
  });
});

describe('comparePeriods', () => {
  it('orders chronologically, shorter first on a shared start', () => {
    const codes = ['2024', '2024Q2', '202402', '2024W05', '2023S2', '202401', '2024Q1', '2024S1', '2024W01'];
    const sorted = codes.map(p).sort(comparePeriods).map(code);
    expect(sorted).toEqual(['2023S2', '2024W01', '202401', '2024Q1', '2024S1', '2024', '2024W05', '202402', '2024Q2']);
    expect(comparePeriods(p('2024W5'), p('2024W05'))).toBe(0);
  });
});
