import type { Dhis2ImportSummary } from '@syt/core/api/dhis2.ts';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../clock.ts';
import { AppError } from '../../../errors.ts';
import { ImportJobs, JOB_LIMITS } from './import-jobs.ts';

const summary = { responseType: 'ImportSummary', status: 'SUCCESS' } as Dhis2ImportSummary;

describe('asynchronous import jobs', () => {
  it('runs at most the bounded number at once, refusing more with 429, and shows each only to its owner', async () => {
    const jobs = new ImportJobs(new ManualClock('2024-01-10T02:00:00Z'));
    const gates: (() => void)[] = [];
    const work = () => new Promise<Dhis2ImportSummary>((done) => gates.push(() => done(summary)));
    const ids = Array.from({ length: JOB_LIMITS.running }, () => jobs.start(7, work));
    const refused = (() => {
      try {
        jobs.start(7, work);
        return null;
      } catch (error) {
        return error as AppError;
      }
    })();
    expect(refused?.status).toBe(429);
    expect(refused?.message).toContain('quá nhiều');
    expect(jobs.summary(7, ids[0]!)).toBeUndefined();
    expect(jobs.notifications(8, ids[0]!)).toBeNull();
    for (const open of gates) open();
    await jobs.idle();
    expect(jobs.summary(7, ids[0]!)).toEqual(summary);
    expect(jobs.notifications(7, ids[0]!)![0]).toMatchObject({ completed: true, level: 'INFO', category: 'DATAVALUE_IMPORT' });
  });

  it('keeps a bounded number of jobs, dropping the oldest finished ones', async () => {
    const jobs = new ImportJobs(new ManualClock('2024-01-10T02:00:00Z'));
    const first = jobs.start(1, async () => summary);
    await jobs.idle();
    for (let i = 0; i < JOB_LIMITS.kept; i++) {
      jobs.start(1, async () => summary);
      await jobs.idle();
    }
    expect(jobs.notifications(1, first)).toBeNull();
  });

  it('records a failed job as an ERROR notification, completed', async () => {
    const jobs = new ImportJobs(new ManualClock('2024-01-10T02:00:00Z'));
    const id = jobs.start(1, async () => {
      throw new Error('hỏng');
    });
    await jobs.idle();
    expect(jobs.notifications(1, id)![0]).toMatchObject({ level: 'ERROR', completed: true, message: 'Nhập dữ liệu thất bại do lỗi hệ thống.' });
  });
});
