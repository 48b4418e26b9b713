import { describe, expect, it } from 'vitest';
import { countSubmissions, isOnTime, submissionStatus } from './index.ts';

const deadline = '2023-12-05';
/** 2023-12-05 16:00 in Vietnam is 09:00 UTC. */
const vn = (date: string, time: string) => new Date(`${date}T${time}+07:00`);

describe('submission status', () => {
  it('is on time until the end of the deadline day in Vietnam', () => {
    expect(submissionStatus(deadline, vn('2023-12-05', '16:00'), vn('2023-12-20', '08:00'))).toBe('SUBMITTED');
    expect(submissionStatus(deadline, vn('2023-12-05', '23:59:59'), vn('2023-12-20', '08:00'))).toBe('SUBMITTED');
    expect(submissionStatus(deadline, vn('2023-12-06', '00:00'), vn('2023-12-20', '08:00'))).toBe('SUBMITTED_LATE');
    expect(submissionStatus(deadline, '2023-12-06T01:00:00.000Z', vn('2023-12-20', '08:00'))).toBe('SUBMITTED_LATE');
  });

  it('is pending until the deadline day ends, then overdue', () => {
    expect(submissionStatus(deadline, null, vn('2023-12-05', '23:59:59'))).toBe('PENDING');
    expect(submissionStatus(deadline, null, new Date('2023-12-05T16:59:59Z'))).toBe('PENDING');
    expect(submissionStatus(deadline, null, new Date('2023-12-05T17:00:00Z'))).toBe('OVERDUE');
  });

  it('keeps a submission on time whatever the clock says later', () => {
    expect(isOnTime(deadline, '2023-12-05T16:59:00Z')).toBe(true);
    expect(isOnTime(deadline, '2023-12-05T17:00:00Z')).toBe(false);
  });

  it('counts late submissions as submitted and as late', () => {
    expect(countSubmissions(['SUBMITTED', 'SUBMITTED_LATE', 'OVERDUE', 'PENDING', 'PENDING'])).toEqual({
      total: 5, submitted: 2, late: 1, overdue: 1, pending: 2,
    });
    expect(countSubmissions([])).toEqual({ total: 0, submitted: 0, late: 0, overdue: 0, pending: 0 });
  });
});
