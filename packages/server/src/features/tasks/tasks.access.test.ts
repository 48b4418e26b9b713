import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { createTask, postMultipart, startTaskTest, taskBody, type TaskTest } from './tasks.fixture.ts';

const PDF = Buffer.from('%PDF-1.7\nbiên bản\n');
const WRONG_TYPE = 'Tệp "virus.exe" không đúng loại cho phép (PDF, Word, Excel, ảnh JPG/PNG, văn bản .txt).';

/** A unit sees and updates only its own tasks; files are checked before anything is stored. */
describe.each(DIALECTS)('task access and updates on $name', (dialect) => {
  let tt: TaskTest;
  let task615: number;
  let shared: number;
  const attachments = () => tt.t.database.db.selectFrom('attachment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  beforeAll(async () => {
    tt = await startTaskTest(dialect);
    task615 = await createTask(tt.users.staff, taskBody('Rà soát ổ dịch sốt xuất huyết', '615'));
    shared = await createTask(tt.users.staff, taskBody('Tiêm vắc xin sởi', '612', { kind: 'MONTHLY', day: 5 }, { coordinating: ['615'] }));
  }, 120_000);
  afterAll(() => tt.t.close());

  it('lists a task to its lead and coordinating units only, and all to the department', async () => {
    const ids = async (who: keyof TaskTest['users']) => (await tt.users[who].request('GET', '/api/tasks')).json().tasks.map((t: { id: number }) => t.id);
    expect(await ids('reporter615')).toEqual([task615, shared]);
    expect(await ids('reporter612')).toEqual([shared]);
    expect(await ids('leader')).toEqual([task615, shared]);
    const view = (await tt.users.reporter615.request('GET', `/api/tasks/${task615}`)).json();
    expect(view).toMatchObject({ lead: { code: '615' }, status: 'NOT_STARTED', statusLabel: 'Chưa thực hiện', dueDate: '2024-01-15', deadlineLabel: '15/01/2024', can: { update: true, comment: false, edit: false } });
  });

  it('answers another unit\'s task as a missing one (404, Vietnamese): read, update and attachment', async () => {
    const read = await tt.users.reporter612.request('GET', `/api/tasks/${task615}`);
    expect(read.statusCode).toBe(404);
    expect(read.json().error.message).toContain('Không tìm thấy nhiệm vụ');
    const update = await tt.users.reporter612.request('POST', `/api/tasks/${task615}/updates`, { kind: 'PROGRESS', text: 'Xong' });
    expect(update.statusCode).toBe(404);
    const upload = await postMultipart(tt.users.reporter612, `/api/tasks/${task615}/updates`, { kind: 'PROGRESS', text: 'x' }, [{ name: 'a.pdf', content: PDF }]);
    expect(upload.statusCode).toBe(404);
    const posted = await postMultipart(tt.users.reporter615, `/api/tasks/${task615}/updates`, { kind: 'PROGRESS', text: 'Đã rà soát 3 xã', status: 'IN_PROGRESS' }, [{ name: 'Biên bản.pdf', content: PDF }]);
    expect(posted.statusCode).toBe(201);
    const file = posted.json().updates[0].attachments[0];
    expect(file).toMatchObject({ fileName: 'Biên bản.pdf', contentType: 'application/pdf', size: PDF.length });
    const url = `/api/tasks/${task615}/attachments/${file.id}`;
    expect((await tt.users.reporter612.request('GET', url)).statusCode).toBe(404);
    const download = await tt.users.leader.request('GET', url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.pdf");
    expect((await tt.users.leader.request('GET', `/api/tasks/${shared}/attachments/${file.id}`)).statusCode).toBe(404);
    expect((await tt.users.reporter612.request('PUT', `/api/tasks/${shared}`, { title: 'Khác' })).statusCode).toBe(403);
  });

  it('refuses files of the wrong type or over the limit with a Vietnamese message, storing nothing', async () => {
    const before = (await attachments()).n;
    const wrong = await postMultipart(tt.users.reporter615, `/api/tasks/${task615}/updates`, { kind: 'PROGRESS', text: 'x' }, [{ name: 'ok.pdf', content: PDF }, { name: 'virus.exe', content: 'MZ' }]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ message: WRONG_TYPE, details: [{ field: 'file', message: WRONG_TYPE }] });
    const renamed = await postMultipart(tt.users.reporter615, `/api/tasks/${task615}/updates`, { kind: 'PROGRESS', text: 'x' }, [{ name: 'anh.png', content: PDF }]);
    expect(renamed.json().error.message).toContain('Tệp "anh.png" không đúng loại');
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const large = await postMultipart(tt.users.reporter615, `/api/tasks/${task615}/updates`, { kind: 'PROGRESS', text: 'x' }, [{ name: 'lon.pdf', content: big }]);
    expect(large.statusCode).toBe(400);
    expect(large.json().error.message).toBe('Tệp "lon.pdf" vượt quá dung lượng tối đa 10 MB.');
    expect((await attachments()).n).toBe(before);
    const updates = (await tt.users.staff.request('GET', `/api/tasks/${task615}`)).json().updates;
    expect(updates).toHaveLength(1);
  });

  it('lets leaders comment and assign, not report progress; reporters report, not comment or assign', async () => {
    const comment = await tt.users.leader.request('POST', `/api/tasks/${shared}/updates`, { kind: 'COMMENT', text: 'Đẩy nhanh tiến độ.' });
    expect(comment.statusCode).toBe(201);
    expect(comment.json().updates[0]).toMatchObject({ kind: 'COMMENT', createdBy: 'lanhdao', status: null });
    expect((await tt.users.leader.request('POST', `/api/tasks/${shared}/updates`, { kind: 'PROGRESS', text: 'x' })).statusCode).toBe(403);
    expect((await tt.users.reporter612.request('POST', `/api/tasks/${shared}/updates`, { kind: 'COMMENT', text: 'x' })).statusCode).toBe(403);
    expect((await tt.users.reporter615.request('POST', '/api/tasks', taskBody('Tự giao', '615'))).statusCode).toBe(403);
    expect((await tt.users.staff615.request('POST', '/api/tasks', taskBody('Giao cho huyện khác', '612'))).statusCode).toBe(403);
    expect((await tt.users.leader.request('POST', '/api/tasks', taskBody('Lãnh đạo giao', '612'))).statusCode).toBe(201);
  });

  it('settles progress marked done after the deadline as DONE_LATE, before it as DONE', async () => {
    const early = await createTask(tt.users.staff, taskBody('Báo cáo sớm', '615', { kind: 'DATE', date: '2023-12-31' }));
    const done = await tt.users.reporter615.request('POST', `/api/tasks/${early}/updates`, { kind: 'PROGRESS', text: 'Đã xong', status: 'DONE' });
    expect(done.json()).toMatchObject({ status: 'DONE', statusLabel: 'Hoàn thành' });
    tt.t.clock.advance(30 * 86_400_000); // 19/01/2024: past the 15/01 deadline (sessions expired meanwhile)
    await tt.users.reporter615.login('dakha');
    const overdue = await tt.users.reporter615.request('GET', '/api/tasks?overdue=1');
    expect(overdue.json().tasks.map((t: { id: number }) => t.id)).toEqual([task615]);
    const late = await tt.users.reporter615.request('POST', `/api/tasks/${task615}/updates`, { kind: 'PROGRESS', text: 'Hoàn thành', status: 'DONE' });
    expect(late.json()).toMatchObject({ status: 'DONE_LATE', statusLabel: 'Hoàn thành quá hạn' });
    expect(late.json().updates.at(-1)).toMatchObject({ kind: 'PROGRESS', status: 'DONE_LATE' });
  });
});
