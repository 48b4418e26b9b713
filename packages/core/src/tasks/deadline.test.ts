import { describe, expect, it } from 'vitest';
import { deadlineLabel, nextDueDate } from './deadline.ts';

describe('nextDueDate', () => {
  it('keeps a fixed date, even when already passed', () => {
    expect(nextDueDate({ kind: 'DATE', date: '2023-12-05' }, '2023-11-01')).toBe('2023-12-05');
    expect(nextDueDate({ kind: 'DATE', date: '2023-12-05' }, '2024-01-10')).toBe('2023-12-05');
  });

  it('finds the day of this month or the next for a monthly deadline', () => {
    expect(nextDueDate({ kind: 'MONTHLY', day: 5 }, '2023-11-01')).toBe('2023-11-05');
    expect(nextDueDate({ kind: 'MONTHLY', day: 5 }, '2023-11-05')).toBe('2023-11-05');
    expect(nextDueDate({ kind: 'MONTHLY', day: 5 }, '2023-11-06')).toBe('2023-12-05');
    expect(nextDueDate({ kind: 'MONTHLY', day: 5 }, '2023-12-20')).toBe('2024-01-05');
  });

  it('clamps the day to the length of the month', () => {
    expect(nextDueDate({ kind: 'MONTHLY', day: 31 }, '2024-04-01')).toBe('2024-04-30');
    expect(nextDueDate({ kind: 'MONTHLY', day: 31 }, '2024-05-01')).toBe('2024-05-31');
    expect(nextDueDate({ kind: 'MONTHLY', day: 30 }, '2023-02-01')).toBe('2023-02-28');
  });

  it('knows leap years', () => {
    expect(nextDueDate({ kind: 'MONTHLY', day: 30 }, '2024-02-10')).toBe('2024-02-29');
    expect(nextDueDate({ kind: 'MONTHLY', day: 29 }, '2023-02-10')).toBe('2023-02-28');
    expect(nextDueDate({ kind: 'MONTHLY', day: 29 }, '2100-02-01')).toBe('2100-02-28');
    expect(nextDueDate({ kind: 'MONTHLY', day: 29 }, '2000-02-01')).toBe('2000-02-29');
  });

  it('takes the next quarter-end month for a quarterly deadline', () => {
    expect(nextDueDate({ kind: 'QUARTERLY', day: 10 }, '2023-11-15')).toBe('2023-12-10');
    expect(nextDueDate({ kind: 'QUARTERLY', day: 10 }, '2023-12-10')).toBe('2023-12-10');
    expect(nextDueDate({ kind: 'QUARTERLY', day: 10 }, '2023-12-11')).toBe('2024-03-10');
    expect(nextDueDate({ kind: 'QUARTERLY', day: 10 }, '2024-01-01')).toBe('2024-03-10');
    expect(nextDueDate({ kind: 'QUARTERLY', day: 31 }, '2024-04-01')).toBe('2024-06-30');
    expect(nextDueDate({ kind: 'QUARTERLY', day: 31 }, '2024-07-01')).toBe('2024-09-30');
  });

  it('rejects a day that no month has and a date that is not ISO', () => {
    expect(() => nextDueDate({ kind: 'MONTHLY', day: 0 }, '2023-11-01')).toThrow(RangeError);
    expect(() => nextDueDate({ kind: 'QUARTERLY', day: 32 }, '2023-11-01')).toThrow(RangeError);
    expect(() => nextDueDate({ kind: 'MONTHLY', day: 5 }, '01/11/2023')).toThrow();
  });

  it('has no due date for an ongoing task', () => {
    expect(nextDueDate({ kind: 'ONGOING' }, '2023-11-01')).toBeNull();
  });

  it('takes June or December for a half-yearly deadline, clamping the day', () => {
    expect(nextDueDate({ kind: 'HALF_YEARLY', day: 31 }, '2024-01-10')).toBe('2024-06-30');
    expect(nextDueDate({ kind: 'HALF_YEARLY', day: 31 }, '2024-07-01')).toBe('2024-12-31');
    expect(nextDueDate({ kind: 'HALF_YEARLY', day: 15 }, '2024-12-16')).toBe('2025-06-15');
  });

  it('takes the day and month of this year or the next for a yearly deadline', () => {
    expect(nextDueDate({ kind: 'YEARLY', month: 12, day: 15 }, '2024-01-10')).toBe('2024-12-15');
    expect(nextDueDate({ kind: 'YEARLY', month: 12, day: 15 }, '2024-12-15')).toBe('2024-12-15');
    expect(nextDueDate({ kind: 'YEARLY', month: 12, day: 15 }, '2024-12-16')).toBe('2025-12-15');
    expect(nextDueDate({ kind: 'YEARLY', month: 2, day: 29 }, '2023-01-01')).toBe('2023-02-28');
    expect(() => nextDueDate({ kind: 'YEARLY', month: 13, day: 1 }, '2023-01-01')).toThrow(RangeError);
  });

  it('has no due date for a task done on request', () => {
    expect(nextDueDate({ kind: 'ON_REQUEST' }, '2023-11-01')).toBeNull();
  });
});

describe('deadlineLabel', () => {
  it('writes each kind of deadline', () => {
    expect(deadlineLabel({ kind: 'DATE', date: '2023-12-05' })).toBe('05/12/2023');
    expect(deadlineLabel({ kind: 'MONTHLY', day: 5 })).toBe('Ngày 05 hằng tháng');
    expect(deadlineLabel({ kind: 'QUARTERLY', day: 10 })).toBe('Ngày 10 tháng cuối quý');
    expect(deadlineLabel({ kind: 'ONGOING' })).toBe('Thường xuyên');
    expect(deadlineLabel({ kind: 'HALF_YEARLY', day: 31 })).toBe('Ngày 31 tháng 6 và tháng 12');
    expect(deadlineLabel({ kind: 'YEARLY', month: 1, day: 5 })).toBe('Ngày 05/01 hằng năm');
    expect(deadlineLabel({ kind: 'ON_REQUEST' })).toBe('Khi có yêu cầu');
  });

  it('is in NFC', () => {
    const label = deadlineLabel({ kind: 'MONTHLY', day: 5 });
    expect(label).toBe(label.normalize('NFC'));
  });
});
