import { describe, expect, it } from 'vitest';
import { checkIssue, formatDocumentNumber, parseDocumentNumber } from './index.ts';

const context = { today: '2024-01-03', periodStart: '2023-11-01' };

describe('parseDocumentNumber', () => {
  it('splits the number from the symbol', () => {
    expect(parseDocumentNumber('123/BC-SYT')).toEqual({ number: '123', symbol: 'BC-SYT' });
    expect(parseDocumentNumber(' 15 / TB-SYT ')).toEqual({ number: '15', symbol: 'TB-SYT' });
    expect(parseDocumentNumber('45/QĐ-UBND')).toEqual({ number: '45', symbol: 'QĐ-UBND' });
    expect(parseDocumentNumber('7/SYT-KHTC')).toEqual({ number: '7', symbol: 'SYT-KHTC' });
  });

  it('refuses what is not a number then a symbol', () => {
    for (const text of ['', '123', 'BC-SYT', '/BC-SYT', '123/', 'abc/BC-SYT', '123/bc-syt', '123/BC--SYT', '1/2/BC-SYT', '1234567/BC-SYT']) {
      expect(parseDocumentNumber(text), text).toBeNull();
    }
  });

  it('reads back what it formats', () => {
    const parsed = parseDocumentNumber(formatDocumentNumber({ documentNumber: '215', documentSymbol: 'BC-SYT' }));
    expect(parsed).toEqual({ number: '215', symbol: 'BC-SYT' });
  });
});

describe('checkIssue', () => {
  it('accepts a number and a date between the report month and today', () => {
    expect(checkIssue({ number: '123/BC-SYT', date: '2024-01-03' }, context)).toEqual({
      ok: true, number: { number: '123', symbol: 'BC-SYT' }, date: '2024-01-03',
    });
    expect(checkIssue({ number: '1/BC-SYT', date: '2023-11-01' }, context).ok).toBe(true);
  });

  it('names each missing field', () => {
    expect(checkIssue({}, context)).toEqual({ ok: false, problems: [{ field: 'number', kind: 'missing' }, { field: 'date', kind: 'missing' }] });
    expect(checkIssue({ number: '  ', date: '' }, context)).toEqual({ ok: false, problems: [{ field: 'number', kind: 'missing' }, { field: 'date', kind: 'missing' }] });
  });

  it('refuses a malformed number, an impossible date, tomorrow and a day before the month', () => {
    const problems = (number: string, date: string) => {
      const result = checkIssue({ number, date }, context);
      return result.ok ? [] : result.problems;
    };
    expect(problems('BC-SYT', '2024-01-03')).toEqual([{ field: 'number', kind: 'format' }]);
    expect(problems('123/BC-SYT', '2023-02-30')).toEqual([{ field: 'date', kind: 'invalid' }]);
    expect(problems('123/BC-SYT', '03/01/2024')).toEqual([{ field: 'date', kind: 'invalid' }]);
    expect(problems('123/BC-SYT', '2024-01-04')).toEqual([{ field: 'date', kind: 'future' }]);
    expect(problems('123/BC-SYT', '2023-10-31')).toEqual([{ field: 'date', kind: 'beforePeriod' }]);
  });
});
