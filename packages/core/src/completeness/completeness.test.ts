import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../period/index.ts';
import { entryState, entryWindow, formStatus, summarizeCompleteness, vietnamDate, type FormRow } from './index.ts';

const monthly = { dueDay: 5, openDaysAfterPeriod: 15 };

describe('entry window', () => {
  it('is due on day 5 of the next month and closes 15 days later', () => {
    expect(entryWindow(monthly, parsePeriod('202311'))).toEqual({ dueDate: '2023-12-05', closesOn: '2023-12-20' });
    expect(entryWindow(monthly, parsePeriod('202312'))).toEqual({ dueDate: '2024-01-05', closesOn: '2024-01-20' });
  });

  it('is due on the Tuesday after a week (BTN_TUAN: day 2 of the next week), across a year end too', () => {
    const weekly = { dueDay: 2, openDaysAfterPeriod: 7 };
    expect(entryWindow(weekly, parsePeriod('2023W47'))).toEqual({ dueDate: '2023-11-28', closesOn: '2023-12-05' });
    expect(entryWindow(weekly, parsePeriod('2020W53'))).toEqual({ dueDate: '2021-01-05', closesOn: '2021-01-12' });
    expect(entryState(entryWindow(weekly, parsePeriod('2024W01')), parsePeriod('2024W01'), '2024-01-03')).toBe('OPEN');
  });

  it('is closed before the period starts and after the window', () => {
    const p = parsePeriod('202311');
    const w = entryWindow(monthly, p);
    expect(entryState(w, p, '2023-10-31')).toBe('FUTURE');
    expect(entryState(w, p, '2023-11-01')).toBe('OPEN');
    expect(entryState(w, p, '2023-12-20')).toBe('OPEN');
    expect(entryState(w, p, '2023-12-21')).toBe('CLOSED');
  });

  it('reads dates in Vietnam time (UTC+7)', () => {
    expect(vietnamDate(new Date('2023-12-05T16:59:00Z'))).toBe('2023-12-05');
    expect(vietnamDate(new Date('2023-12-05T17:00:00Z'))).toBe('2023-12-06');
  });
});

describe('form status and completeness', () => {
  const due = '2023-12-05';
  it('derives each status from stored facts', () => {
    expect(formStatus({ hasValues: false, workflow: null, submittedOn: null, dueDate: due })).toBe('NOT_STARTED');
    expect(formStatus({ hasValues: true, workflow: null, submittedOn: null, dueDate: due })).toBe('IN_PROGRESS');
    expect(formStatus({ hasValues: true, workflow: 'SUBMITTED', submittedOn: '2023-12-05', dueDate: due })).toBe('SUBMITTED_ON_TIME');
    expect(formStatus({ hasValues: true, workflow: 'SUBMITTED', submittedOn: '2023-12-06', dueDate: due })).toBe('SUBMITTED_LATE');
    expect(formStatus({ hasValues: true, workflow: 'APPROVED', submittedOn: '2023-12-06', dueDate: due })).toBe('APPROVED');
    expect(formStatus({ hasValues: true, workflow: 'REOPENED', submittedOn: '2023-12-01', dueDate: due })).toBe('IN_PROGRESS');
  });

  it('computes reporting and on-time rates and counts the overdue', () => {
    const row = (status: FormRow['status'], onTime: boolean): FormRow => ({ orgUnit: 'x', status, dueDate: due, submittedOn: null, onTime });
    const rows = [row('SUBMITTED_ON_TIME', true), row('SUBMITTED_LATE', false), row('APPROVED', true), row('IN_PROGRESS', false), row('NOT_STARTED', false)];
    expect(summarizeCompleteness(rows, '2023-12-10')).toEqual({
      expected: 5, submitted: 3, onTime: 2, overdue: 2, reportingRate: 60, onTimeRate: 40,
    });
    expect(summarizeCompleteness(rows, '2023-12-05').overdue).toBe(0);
    expect(summarizeCompleteness([], '2023-12-10').reportingRate).toBeNull();
  });
});
