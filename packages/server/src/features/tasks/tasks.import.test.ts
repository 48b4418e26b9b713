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
    const tasks = draft.groups.flatMap((g: { heading: string; field: string; items: string[] }, i: number) =>
      g.items.map((title) => ({ title, group: g.heading, field: g.field, lead: i % 2 === 0 ? '615' : '612', coordinating: [], deadline: { kind: 'ONGOING' } })));
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
});
