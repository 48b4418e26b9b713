import type { NotificationView } from '@syt/core/api/notifications.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import type { TestClient } from '../../test/harness.ts';
import { createTask, startTaskTest, taskBody, type TaskTest } from './tasks.fixture.ts';

const notices = async (client: TestClient): Promise<NotificationView[]> =>
  (await client.request('GET', '/api/notifications')).json().notifications;

/** People hear of a task when it is assigned to them, and the one who assigned it hears of its progress. */
describe.each(DIALECTS)('task notices on $name', (dialect) => {
  let tt: TaskTest;
  beforeAll(async () => {
    tt = await startTaskTest(dialect);
  }, 120_000);
  afterAll(() => tt.t.close());

  it('tells the lead unit of a new task, and nobody outside it', async () => {
    const id = await createTask(tt.users.leader, taskBody('Rà soát ổ dịch sốt xuất huyết', '615'));
    const mine = (await notices(tt.users.reporter615)).filter((n) => n.link === `/nhiem-vu/${id}`);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'TASK_ASSIGNED',
      title: 'Nhiệm vụ mới được giao: "Rà soát ổ dịch sốt xuất huyết"',
      read: false,
    });
    expect(mine[0]!.body).toContain('Đăk Hà');
    expect((await notices(tt.users.reporter612)).some((n) => n.link === `/nhiem-vu/${id}`)).toBe(false);
    expect((await notices(tt.users.leader)).some((n) => n.link === `/nhiem-vu/${id}`)).toBe(false);
  });

  it('tells whoever assigned the task of its progress, and the unit of a leader’s comment', async () => {
    const id = await createTask(tt.users.leader, taskBody('Kiểm tra an toàn thực phẩm bếp ăn tập thể', '615'));
    const progress = await tt.users.reporter615.request('POST', `/api/tasks/${id}/updates`, {
      kind: 'PROGRESS',
      text: 'Đã kiểm tra 05 bếp ăn.',
      status: 'IN_PROGRESS',
    });
    expect(progress.statusCode, progress.body).toBe(201);
    const toLeader = (await notices(tt.users.leader)).filter((n) => n.link === `/nhiem-vu/${id}`);
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0]).toMatchObject({
      kind: 'TASK_UPDATED',
      title: 'Nhiệm vụ "Kiểm tra an toàn thực phẩm bếp ăn tập thể" có báo cáo tiến độ mới',
    });
    expect(toLeader[0]!.body).toBe('dakha (trạng thái: Đang thực hiện): Đã kiểm tra 05 bếp ăn.');

    await tt.users.leader.request('POST', `/api/tasks/${id}/updates`, {
      kind: 'COMMENT',
      text: 'Báo cáo kết quả trước ngày 10.',
    });
    const toUnit = (await notices(tt.users.reporter615)).filter(
      (n) => n.link === `/nhiem-vu/${id}` && n.kind === 'TASK_UPDATED',
    );
    expect(toUnit).toHaveLength(1);
    expect(toUnit[0]!.title).toContain('có ý kiến chỉ đạo mới');
  });
});
