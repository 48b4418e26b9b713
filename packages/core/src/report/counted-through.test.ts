import { describe, expect, it } from 'vitest';
import { reportCompleteness, type ReportForm } from './completeness.ts';
import { countedThrough, yearToDateIsPeriod } from './counted-through.ts';
import { parseReportPeriod, type ReportKind } from './report-period.ts';

const period = (kind: ReportKind, code: string) => parseReportPeriod(kind, code)!;
const form = (month: string, state: ReportForm['state']): ReportForm => ({ dataSet: 'BTN', orgUnit: '615', orgUnitName: 'Đăk Hà', state, period: month });
const forms = (through: number, after: ReportForm['state'] = 'missing') =>
  reportCompleteness(
    Array.from({ length: 12 }, (_, i) => form(`2023${String(i + 1).padStart(2, '0')}`, i < through ? 'submitted' : after)),
    ['submitted', 'approved'],
  );

describe('the last month a report counts', () => {
  it.each([
    ['2023-12-04', 11],
    ['2023-11-30', 10],
    ['2024-01-02', 12],
    ['2023-01-20', null],
  ] as const)('the annual review of 2023 on %s counts to month %s, without forms to go by', (today, through) => {
    expect(countedThrough(period('annual', '2023'), today, undefined)).toBe(through);
  });

  it('stops at the last month some form was counted in, however late the day', () => {
    expect(countedThrough(period('annual', '2023'), '2024-03-05', forms(11))).toBe(11);
    expect(countedThrough(period('annual', '2023'), '2024-03-05', forms(12))).toBe(12);
    // A month with drafts only holds nothing the report counts.
    expect(countedThrough(period('annual', '2023'), '2024-03-05', forms(10, 'draft'))).toBe(10);
  });

  it('never runs past the day: December sent early is still a month not ended on 04/12', () => {
    expect(countedThrough(period('annual', '2023'), '2023-12-04', forms(12))).toBe(11);
  });

  it('leaves the monthly report its own month', () => {
    expect(countedThrough(period('monthly', '202311'), '2023-11-15', undefined)).toBe(11);
  });

  it('reads whether the year to date is the period from the spans', () => {
    expect(['half-year:2023S1', 'nine-month:2023', 'annual:2023', 'quarterly:2023Q1'].map((k) => yearToDateIsPeriod(period(...(k.split(':') as [ReportKind, string]))))).toEqual([true, true, true, true]);
    expect(yearToDateIsPeriod(period('quarterly', '2023Q3'))).toBe(false);
    expect(yearToDateIsPeriod(period('monthly', '202301'))).toBe(false);
  });
});
