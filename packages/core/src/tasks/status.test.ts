import { describe, expect, it } from 'vitest';
import type { TaskDeadline, TaskStatus } from '../api/tasks.ts';
import { completionStatus, statusOn } from './status.ts';

const task = (deadline: TaskDeadline, status: TaskStatus) => ({ deadline, status, createdOn: '2023-10-01' });
const byDate: TaskDeadline = { kind: 'DATE', date: '2023-12-05' };

describe('statusOn', () => {
  it('makes an open task with a passed date overdue', () => {
    expect(statusOn(task(byDate, 'NOT_STARTED'), '2023-12-06')).toBe('OVERDUE');
    expect(statusOn(task(byDate, 'IN_PROGRESS'), '2023-12-06')).toBe('OVERDUE');
    expect(statusOn(task(byDate, 'OVERDUE'), '2024-01-01')).toBe('OVERDUE');
  });

  it('is not overdue on the due date itself', () => {
    expect(statusOn(task(byDate, 'NOT_STARTED'), '2023-12-05')).toBe('NOT_STARTED');
    expect(statusOn(task(byDate, 'IN_PROGRESS'), '2023-12-05')).toBe('IN_PROGRESS');
  });

  it('returns an overdue task whose deadline moved later to in progress', () => {
    expect(statusOn(task({ kind: 'DATE', date: '2024-01-31' }, 'OVERDUE'), '2023-12-10')).toBe('IN_PROGRESS');
  });

  it('leaves done, done late and paused tasks alone', () => {
    for (const status of ['DONE', 'DONE_LATE', 'PAUSED'] as const) {
      expect(statusOn(task(byDate, status), '2024-06-01')).toBe(status);
    }
  });

  it('never makes ongoing or recurring tasks overdue', () => {
    for (const deadline of [{ kind: 'ONGOING' }, { kind: 'MONTHLY', day: 5 }, { kind: 'QUARTERLY', day: 10 }] as const) {
      expect(statusOn(task(deadline, 'NOT_STARTED'), '2030-01-01')).toBe('NOT_STARTED');
      expect(statusOn(task(deadline, 'IN_PROGRESS'), '2030-01-01')).toBe('IN_PROGRESS');
      expect(statusOn(task(deadline, 'OVERDUE'), '2030-01-01')).toBe('IN_PROGRESS');
    }
  });
});

describe('completionStatus', () => {
  it('is done on or before the date, done late after it', () => {
    expect(completionStatus(task(byDate, 'IN_PROGRESS'), '2023-12-05')).toBe('DONE');
    expect(completionStatus(task(byDate, 'OVERDUE'), '2023-12-06')).toBe('DONE_LATE');
  });

  it('is always done for recurring and ongoing tasks', () => {
    expect(completionStatus(task({ kind: 'MONTHLY', day: 5 }, 'IN_PROGRESS'), '2030-01-01')).toBe('DONE');
    expect(completionStatus(task({ kind: 'ONGOING' }, 'IN_PROGRESS'), '2030-01-01')).toBe('DONE');
  });
});
