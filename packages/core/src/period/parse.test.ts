import { describe, expect, it } from 'vitest';
import { parsePeriod, tryParsePeriod } from './parse.ts';
import { formatPeriod } from './format.ts';
import { createPeriod } from './create.ts';
import { PERIOD_FORMS, PeriodError } from './errors.ts';

describe('parsePeriod', () => {
  it('reads every period type', () => {
    expect(parsePeriod('202402')).toEqual({
      type: 'Monthly',
      code: '202402',
      year: 2024,
      index: 2,
      startDate: '2024-02-01',
      endDate: '2024-02-29',
    });
    expect(parsePeriod('2024W05')).toMatchObject({
      type: 'Weekly',
      year: 2024,
      index: 5,
      startDate: '2024-01-29',
      endDate: '2024-02-04',
    });
    expect(parsePeriod('2024Q1')).toMatchObject({ type: 'Quarterly', startDate: '2024-01-01', endDate: '2024-03-31' });
    expect(parsePeriod('2024S2')).toMatchObject({ type: 'SixMonthly', startDate: '2024-07-01', endDate: '2024-12-31' });
    expect(parsePeriod('2024')).toMatchObject({
      type: 'Yearly',
      index: 1,
      startDate: '2024-01-01',
      endDate: '2024-12-31',
    });
  });

  it('accepts a one-digit week and formats it with two', () => {
    const week = parsePeriod('2024W5');
    expect(week.code).toBe('2024W05');
    expect(formatPeriod(week)).toBe('2024W05');
    expect(week).toEqual(parsePeriod('2024W05'));
  });

  it('knows the ISO week dates from the spec', () => {
    expect(parsePeriod('2021W01').startDate).toBe('2021-01-04');
    expect(parsePeriod('2024W01').startDate).toBe('2024-01-01');
    expect(parsePeriod('2020W53')).toMatchObject({ startDate: '2020-12-28', endDate: '2021-01-03' });
  });

  it('returns frozen values', () => {
    expect(Object.isFrozen(parsePeriod('2024Q1'))).toBe(true);
  });

  it.each([
    '202413',
    '202400',
    '2024Q5',
    '2024Q0',
    '2024S3',
    '2024S0',
    '2021W53',
    '2024W53',
    '2024W00',
    '2024W0',
    '2024W54',
    '2024W123',
    '1899',
    '3000',
    '189912',
    '3000Q1',
    '2024w05',
    '2024q1',
    ' 2024',
    '2024 ',
    '2024-02',
    '',
    '20240',
    '2024Q',
    '2024W',
    'abcd',
    '２０２４',
  ])('rejects %j with a typed, Vietnamese error', (code) => {
    expect(tryParsePeriod(code)).toBeNull();
    let error: unknown;
    try {
      parsePeriod(code);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PeriodError);
    expect(error).toMatchObject({
      code: 'INVALID_PERIOD',
      message: `Mã kỳ báo cáo không hợp lệ: ${JSON.stringify(code)}. Cần dạng ${PERIOD_FORMS}.`,
    });
  });

  it('words the error as the spec says', () => {
    expect(() => parsePeriod('2024Q5')).toThrow('Mã kỳ báo cáo không hợp lệ: "2024Q5". Cần dạng YYYYMM cho tháng (vd. 202401), YYYYQn cho quý');
  });

  it('treats a non-string as invalid', () => {
    expect(tryParsePeriod(202402 as unknown as string)).toBeNull();
    expect(() => parsePeriod(null as unknown as string)).toThrow(PeriodError);
  });

  it('accepts the edges of the supported years', () => {
    expect(parsePeriod('1900W01').startDate).toBe('1900-01-01');
    expect(parsePeriod('1900').code).toBe('1900');
    expect(parsePeriod('299912').endDate).toBe('2999-12-31');
  });
});

describe('createPeriod', () => {
  it('builds the same value as parsing', () => {
    expect(createPeriod('Quarterly', 2024, 3)).toEqual(parsePeriod('2024Q3'));
  });

  it('throws INVALID_PERIOD for a position that does not exist', () => {
    expect(() => createPeriod('Monthly', 2024, 13)).toThrow('Mã kỳ báo cáo không hợp lệ: "202413"');
    expect(() => createPeriod('Weekly', 2021, 53)).toThrow(PeriodError);
    expect(() => createPeriod('Daily' as never, 2021, 1)).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD_TYPE' }),
    );
  });
});
