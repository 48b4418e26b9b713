import type { DirectiveDraft } from '@syt/core/api/tasks.ts';
import { SEED_003 } from '@syt/core/directive/seed-003.fixture.ts';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { postMultipart, startTaskTest, type TaskTest } from './tasks.fixture.ts';

const directive = { number: '45/TB-SYT', date: '2022-07-15', type: 'THONG_BAO_KET_LUAN', issuer: 'Sở Y tế', subject: 'Kết luận Hội nghị 6 tháng đầu năm 2022' };

/** A small Word directive: two numbered headings with bulleted items typed as text. */
async function smallDocx(): Promise<Buffer> {
  const lines = ['THÔNG BÁO', 'Kết luận của Lãnh đạo Sở Y tế', '1. Công tác phòng, chống dịch bệnh', '- Tăng cường giám sát bệnh sốt xuất huyết.', '- Tiêm vắc xin sởi cho trẻ em.', '2. Công tác khám bệnh, chữa bệnh', '- Nâng cao chất lượng khám chữa bệnh.'];
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
}

/** A Word notice as the department issues it: letterhead with number and date, items naming units and deadlines. */
async function noticeDocx(): Promise<Buffer> {
  const lines = [
    'SỞ Y TẾ', 'Số: 15/TB-SYT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Kon Tum, ngày 05 tháng 01 năm 2024', 'THÔNG BÁO',
    'Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban tháng 12 năm 2023',
    '1. Công tác phòng, chống dịch bệnh',
    '- Trung tâm Kiểm soát bệnh tật tổng hợp tình hình dịch sốt xuất huyết, báo cáo Sở Y tế trước ngày 15/01/2024.',
    '- Các TTYT huyện tổ chức tiêm bổ sung vắc xin sởi trong quý I.',
    '2. Công tác quản lý tài chính y tế',
    '- TTYT huyện Đăk Hà hoàn thành quyết toán kinh phí 6 tháng cuối năm.',
    '- Các đơn vị báo cáo kết quả định kỳ hằng năm hoặc đột xuất.',
    '- Trung tâm Pháp y cung cấp hồ sơ khi có yêu cầu.',
    'Nơi nhận:', '- Như trên;', '- Lưu: VT.',
  ];
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
}

const DISTRICTS = ['608', '615', '612', '611', '610', '617', '614', '613', '616', '618'];

/** A directive imported from its text becomes draft tasks grouped by heading; confirmed, each reaches its unit. */
describe.each(DIALECTS)('directive import on $name', (dialect) => {
  let tt: TaskTest;
  let directiveId: number;
  beforeAll(async () => {
    tt = await startTaskTest(dialect);
  }, 120_000);
  afterAll(() => tt.t.close());

  it('parses seed 003 (.txt) into six groups and stores nothing', async () => {
    const res = await tt.users.staff.upload('/api/directives/import', 'ket-luan.txt', SEED_003);
    expect(res.statusCode).toBe(200);
    const draft = res.json();
    expect(draft.groups).toHaveLength(6);
    expect(draft.groups[0].heading).toMatch(/^1\. Công tác phòng, chống dịch bệnh và y tế dự phòng/);
    expect(draft.groups.every((g: { items: string[] }) => g.items.length > 0)).toBe(true);
    expect(await tt.t.database.db.selectFrom('task').select('id').execute()).toEqual([]);
  });

  it('reads a .docx, refuses other types and refuses unit users', async () => {
    const res = await tt.users.staff.upload('/api/directives/import', 'thong-bao.docx', await smallDocx());
    expect(res.json().groups.map((g: { heading: string; items: string[] }) => [g.heading, g.items.length])).toEqual([
      [expect.stringMatching(/phòng, chống dịch bệnh/), 2], [expect.stringMatching(/khám bệnh, chữa bệnh/), 1],
    ]);
    const pdf = await tt.users.staff.upload('/api/directives/import', 'a.pdf', '%PDF-1.4');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().error.details[0]).toMatchObject({ field: 'file', message: expect.stringContaining('.docx hoặc .txt') });
    expect((await tt.users.reporter615.upload('/api/directives/import', 'a.txt', SEED_003)).statusCode).toBe(403);
  });

  it('records the directive with its file, then its reviewed tasks as drafts the units do not see', async () => {
    const res = await postMultipart(tt.users.staff, '/api/directives', directive, [{ name: 'TB 45.pdf', content: '%PDF-1.4 x' }]);
    expect(res.statusCode).toBe(201);
    directiveId = res.json().id;
    expect(res.json()).toMatchObject({ typeLabel: 'Thông báo kết luận', attachment: { fileName: 'TB 45.pdf' }, taskCount: 0 });
    const draft = (await tt.users.staff.upload('/api/directives/import', 'ket-luan.txt', SEED_003)).json();
    const tasks = draft.groups.flatMap((g: { heading: string; field: string; items: { title: string }[] }, i: number) =>
      g.items.map(({ title }) => ({ title, group: g.heading, field: g.field, lead: i % 2 === 0 ? '615' : '612', coordinating: [], deadline: { kind: 'ONGOING' } })));
    const added = await tt.users.staff.request('POST', `/api/directives/${directiveId}/tasks`, { tasks, draft: true });
    expect(added.statusCode).toBe(201);
    expect(added.json().tasks).toHaveLength(tasks.length);
    expect((await tt.users.reporter615.request('GET', '/api/tasks')).json().tasks).toEqual([]);
    expect((await tt.users.staff.request('GET', '/api/tasks?draft=1')).json().tasks).toHaveLength(tasks.length);
    const file = await tt.users.leader.request('GET', `/api/directives/${directiveId}/file`);
    expect(file.body).toBe('%PDF-1.4 x');
    expect((await tt.users.reporter615.request('GET', `/api/directives/${directiveId}/file`)).statusCode).toBe(404);
  });

  it('shows each confirmed task in its own unit\'s list only', async () => {
    const drafts = (await tt.users.staff.request('GET', '/api/tasks?draft=1')).json().tasks as { id: number; lead: { code: string } }[];
    for (const t of drafts) expect((await tt.users.staff.request('POST', `/api/tasks/${t.id}/confirm`)).json().draft).toBe(false);
    const listed = async (who: 'reporter615' | 'reporter612') => (await tt.users[who].request('GET', '/api/tasks')).json().tasks as { id: number; lead: { code: string } }[];
    const own615 = drafts.filter((t) => t.lead.code === '615').map((t) => t.id);
    expect((await listed('reporter615')).map((t) => t.id)).toEqual(own615);
    expect((await listed('reporter612')).every((t) => t.lead.code === '612')).toBe(true);
    const other = drafts.find((t) => t.lead.code === '612')!;
    expect((await tt.users.reporter615.request('GET', `/api/tasks/${other.id}`)).statusCode).toBe(404);
    const seen = (await tt.users.reporter615.request('GET', `/api/directives/${directiveId}`)).json();
    expect(seen.taskCount).toBe(own615.length);
    expect((await tt.users.staff.request('GET', '/api/directives')).json().directives[0].taskCount).toBe(drafts.length);
  });

  it('reads a .docx notice\'s number, date, deadlines and the units its items name', async () => {
    // The province's CDC is an org unit of the installation, so "Trung tâm Kiểm soát bệnh tật" has one to match.
    const res = await tt.users.staff.upload('/api/directives/import', 'TB 15.docx', await noticeDocx());
    expect(res.statusCode, res.body).toBe(200);
    const draft = res.json() as DirectiveDraft;
    expect(draft).toMatchObject({ number: '15/TB-SYT', date: '2024-01-05', subject: 'Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban tháng 12 năm 2023' });
    const read = draft.groups.flatMap((g) => g.items).map((i) => [i.deadline, i.deadlineText, i.units.map((u) => [u.text, u.units.map((x) => x.code)])]);
    expect(read).toEqual([
      [{ kind: 'DATE', date: '2024-01-15' }, 'trước ngày 15/01/2024', [['Trung tâm Kiểm soát bệnh tật', ['KT_CDC']]]],
      [{ kind: 'DATE', date: '2024-03-31' }, 'trong quý I', [['Các TTYT huyện', DISTRICTS]]],
      [{ kind: 'DATE', date: '2024-12-31' }, '6 tháng cuối năm', [['TTYT huyện Đăk Hà', ['615']]]],
      [{ kind: 'YEARLY', month: 12, day: 31 }, 'định kỳ hằng năm', []],
      [{ kind: 'ON_REQUEST' }, 'khi có yêu cầu', [['Trung tâm Pháp y', []]]],
    ]);
  });

  it('matches only units inside the importing staff member\'s scope', async () => {
    const draft = (await tt.users.staff615.upload('/api/directives/import', 'TB 15.docx', await noticeDocx())).json() as DirectiveDraft;
    expect(draft.groups[0]?.items.map((i) => i.units.map((u) => u.units.map((x) => x.code)))).toEqual([[[]], [['615']]]);
  });

  it('gives a group\'s task to each of its units, each keeping its own progress, with the deadline read', async () => {
    const draft = (await tt.users.staff.upload('/api/directives/import', 'TB 15.docx', await noticeDocx())).json() as DirectiveDraft;
    const created = await postMultipart(tt.users.staff, '/api/directives', { ...directive, number: draft.number!, date: draft.date! }, []);
    const group = draft.groups[0]!;
    const item = group.items[1]!;
    const lead = item.units.flatMap((u) => u.units.map((x) => x.code));
    const task = { title: item.title, group: group.heading, field: group.field, lead, coordinating: ['KT_CDC'], deadline: item.deadline };
    const added = await tt.users.staff.request('POST', `/api/directives/${created.json().id}/tasks`, { tasks: [task] });
    expect(added.statusCode, added.body).toBe(201);
    const tasks = added.json().tasks as { id: number; lead: { code: string }; deadlineLabel: string; status: string }[];
    expect(tasks.map((t) => t.lead.code)).toEqual(DISTRICTS);
    expect(new Set(tasks.map((t) => t.deadlineLabel))).toEqual(new Set(['31/03/2024']));
    const own = tasks.find((t) => t.lead.code === '615')!;
    const progress = await tt.users.reporter615.request('POST', `/api/tasks/${own.id}/updates`, { kind: 'PROGRESS', text: 'Đã tiêm 3/11 xã.', status: 'IN_PROGRESS' });
    expect(progress.statusCode, progress.body).toBe(201);
    const statuses = await Promise.all(tasks.map(async (t) => (await tt.users.staff.request('GET', `/api/tasks/${t.id}`)).json().status));
    expect(statuses).toEqual(DISTRICTS.map((code) => (code === '615' ? 'IN_PROGRESS' : 'NOT_STARTED')));
  });

  it('refuses a group holding a unit outside the scope, naming that unit, and stores nothing', async () => {
    const created = await postMultipart(tt.users.staff615, '/api/directives', { ...directive, number: '16/TB-SYT' }, []);
    const before = await tt.t.database.db.selectFrom('task').select('id').execute();
    const task = { title: 'Tiêm vắc xin sởi', field: 'PHONG_BENH', lead: ['615', '612'], deadline: { kind: 'ON_REQUEST' } };
    const res = await tt.users.staff615.request('POST', `/api/directives/${created.json().id}/tasks`, { tasks: [task] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('Đăk Tô');
    expect(await tt.t.database.db.selectFrom('task').select('id').execute()).toEqual(before);
  });
});
