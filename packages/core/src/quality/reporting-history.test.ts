import { describe, expect, it } from 'vitest';
import { countHistory, historyCell } from './reporting-history.ts';

describe('a unit\'s reporting history', () => {
  it('tells on time, late, missing and not yet due apart', () => {
    expect(historyCell({ status: 'APPROVED', onTime: true, overdue: false })).toBe('ON_TIME');
    expect(historyCell({ status: 'SUBMITTED_LATE', onTime: false, overdue: false })).toBe('LATE');
    expect(historyCell({ status: 'APPROVED', onTime: false, overdue: false })).toBe('LATE');
    expect(historyCell({ status: 'IN_PROGRESS', onTime: false, overdue: true })).toBe('MISSING');
    expect(historyCell({ status: 'NOT_STARTED', onTime: false, overdue: false })).toBe('NOT_DUE');
  });

  it('counts only the months that were due', () => {
    expect(countHistory(['ON_TIME', 'LATE', 'MISSING', 'NOT_DUE', null, 'ON_TIME'])).toEqual({ due: 4, reported: 3, onTime: 2, late: 1, missing: 1 });
  });
});
