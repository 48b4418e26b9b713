import { describe, expect, it } from 'vitest';
import type { TaskDeadline, TaskStatus } from '../api/tasks.ts';
import { proposePlan, type PlannedTask } from './plan.ts';

function task(title: string, deadline: TaskDeadline, status: TaskStatus = 'IN_PROGRESS'): PlannedTask {
  const dueDate = deadline.kind === 'DATE' ? deadline.date : null;
  return { title, deadline, status, dueDate };
}
const on = (date: string): TaskDeadline => ({ kind: 'DATE', date });

const register: PlannedTask[] = [
  task('tổng kết công tác y tế năm 2023.', on('2023-12-20')),
  task('Báo cáo chỉ tiêu kế hoạch', on('2023-12-05'), 'NOT_STARTED'),
  task('Duyệt quyết toán năm 2022', on('2023-12-05')),
  task('Kiểm tra an toàn thực phẩm Tết', on('2024-01-15')),
  task('Tiêm vắc xin sởi đợt 2', on('2023-10-31'), 'OVERDUE'),
  task('Hoàn thành đề án y tế cơ sở', on('2023-11-25')),
  task('Đã xong', on('2023-12-10'), 'DONE'),
  task('Xong trễ', on('2023-12-10'), 'DONE_LATE'),
  task('Tạm dừng', on('2023-12-10'), 'PAUSED'),
  task('Gửi số liệu tiêm chủng', { kind: 'MONTHLY', day: 5 }),
  task('Báo cáo bệnh truyền nhiễm', { kind: 'MONTHLY', day: 25 }),
  task('Báo cáo quý', { kind: 'QUARTERLY', day: 10 }),
  task('Giám sát dịch bệnh', { kind: 'ONGOING' }),
  task('Cải cách hành chính', { kind: 'ONGOING' }),
];

describe('proposePlan', () => {
  it('lists for November the open tasks carried over, those due in December, then the recurring ones', () => {
    expect(proposePlan(register, '202311')).toEqual([
      'Tiêm vắc xin sởi đợt 2',
      'Hoàn thành đề án y tế cơ sở',
      'Báo cáo chỉ tiêu kế hoạch',
      'Duyệt quyết toán năm 2022',
      'Tổng kết công tác y tế năm 2023',
      'Gửi số liệu tiêm chủng',
      'Báo cáo quý',
      'Báo cáo bệnh truyền nhiễm',
      'Cải cách hành chính',
      'Giám sát dịch bệnh',
    ]);
  });

  it('moves into January of the next year for December, without the quarterly task', () => {
    const open = register.filter((t) => t.deadline.kind !== 'DATE' || t.deadline.date >= '2023-12-01');
    expect(proposePlan(open, '202312')).toEqual([
      'Báo cáo chỉ tiêu kế hoạch',
      'Duyệt quyết toán năm 2022',
      'Tổng kết công tác y tế năm 2023',
      'Kiểm tra an toàn thực phẩm Tết',
      'Gửi số liệu tiêm chủng',
      'Báo cáo bệnh truyền nhiễm',
      'Cải cách hành chính',
      'Giám sát dịch bệnh',
    ]);
  });

  it('leaves out tasks due later than the next month', () => {
    expect(proposePlan([task('Việc năm sau', on('2024-02-01'))], '202312')).toEqual([]);
  });

  it('lists a title once', () => {
    const twice = [task('Giám sát dịch bệnh', { kind: 'ONGOING' }), task('giám sát dịch bệnh.', { kind: 'MONTHLY', day: 1 })];
    expect(proposePlan(twice, '202311')).toEqual(['Giám sát dịch bệnh']);
  });

  it('sorts titles in Vietnamese order when due the same day', () => {
    const sameDay = ['Đào tạo', 'Dự toán', 'Ăn uống', 'An toàn'].map((t) => task(t, on('2024-01-10')));
    expect(proposePlan(sameDay, '202312')).toEqual(['An toàn', 'Ăn uống', 'Dự toán', 'Đào tạo']);
  });

  it('rejects a period that is not a month', () => {
    expect(() => proposePlan([], '2023Q4')).toThrow();
    expect(() => proposePlan([], '202313')).toThrow();
  });
});

describe('proposePlan with half-yearly, yearly and on-request deadlines', () => {
  const tasks = [
    task('Báo cáo 6 tháng', { kind: 'HALF_YEARLY', day: 31 }),
    task('Báo cáo năm', { kind: 'YEARLY', month: 12, day: 15 }),
    task('Báo cáo đột xuất', { kind: 'ON_REQUEST' }),
  ];

  it('proposes a half-yearly task for June and December, a yearly one for its month, one on request never', () => {
    expect(proposePlan(tasks, '202305')).toEqual(['Báo cáo 6 tháng']);
    expect(proposePlan(tasks, '202311')).toEqual(['Báo cáo năm', 'Báo cáo 6 tháng']);
    expect(proposePlan(tasks, '202307')).toEqual([]);
  });
});
