import type { ProposalGrid } from '@syt/core/api/target-round.ts';
import type { TargetView } from '@syt/core/api/targets.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { signedIn, type TestClient } from '../../../test/harness.ts';
import { startReportTest, type ReportTest } from '../../reports/reports.fixture.ts';

/** The 2024 target round on 05/03/2024: Đăk Hà proposes, the department approves by its decision. */
describe.each(DIALECTS)('a target round on $name', (dialect) => {
  let rt: ReportTest;
  let dakHa: TestClient;
  let konTum: TestClient;
  let districtStaff: TestClient;
  let round: number;
  const items = ['SXHD_CASES', 'SOTRET_CASES'];
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    dakHa = await signedIn(rt.t, 'dakha615', 'reporter', '615');
    konTum = await signedIn(rt.t, 'kontum608', 'reporter', '608');
    districtStaff = await signedIn(rt.t, 'staff615', 'staff', '615');
    await rt.users.staff.request('POST', '/api/targets', {
      year: 2023, orgUnit: '615', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 40, decision: { number: '12/QĐ-SYT', date: '2023-01-10' },
    });
  }, 120_000);
  afterAll(() => rt.t.close());

  const grid = async (client: TestClient, unit = '615') => {
    const res = await client.request('GET', `/api/requests/${round}/targets?unit=${unit}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ProposalGrid;
  };
  const rows = [
    { item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 35, note: 'Giảm so với năm 2023' },
    { item: 'SOTRET_CASES', measure: 'ca', direction: 'AT_MOST', value: 0 },
  ];

  it('opens the round as a reporting request whose items the metadata knows', async () => {
    const body = (roundItems: string[]) => ({
      date: '2024-03-01', subject: 'Đề xuất chỉ tiêu kế hoạch năm 2024',
      deliverables: [{ kind: 'TARGETS', title: 'Chỉ tiêu chuyên môn năm 2024', year: 2024, items: roundItems }],
      groups: [{ name: 'Trung tâm Y tế các huyện', units: ['615', '608'], deadline: '2024-03-20' }],
    });
    const bad = await rt.users.staff.request('POST', '/api/requests', body([...items, 'NO_SUCH']));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'deliverables.0.items.2', message: expect.stringContaining('NO_SUCH') }]);
    const created = await rt.users.staff.request('POST', '/api/requests', body(items));
    expect(created.statusCode, created.body).toBe(201);
    round = created.json().id;
    expect(created.json().deliverables).toEqual([{ kind: 'TARGETS', title: 'Chỉ tiêu chuyên môn năm 2024', year: 2024, items, fields: [] }]);
  });

  it('shows a unit its grid: each item with this year\'s target and how far it is achieved', async () => {
    const view = await grid(dakHa);
    expect(view).toMatchObject({ year: 2024, unit: { code: '615' }, status: 'NOT_STARTED' });
    expect(view.rows.map((r) => [r.item.code, r.item.name])).toEqual([['SXHD_CASES', 'Sốt xuất huyết Dengue: số mắc'], ['SOTRET_CASES', expect.any(String)]]);
    const current = view.rows[0]!.current as TargetView;
    expect(current).toMatchObject({ year: 2023, value: 40, decision: { number: '12/QĐ-SYT' }, achievement: { from: '202301', to: '202311' } });
    expect(view.rows[1]!.current).toBeNull();
    // Another district's reporter sees nothing of Đăk Hà's grid.
    expect((await konTum.request('GET', `/api/requests/${round}/targets?unit=615`)).statusCode).toBe(403);
  });

  it('keeps drafts, sends only a whole grid, and counts the sending as the unit\'s answer', async () => {
    const save = (client: TestClient, body: object) => client.request('PUT', `/api/requests/${round}/targets`, body);
    expect((await save(konTum, { unit: '615', rows })).statusCode).toBe(403);
    const stray = await save(dakHa, { unit: '615', rows: [{ ...rows[0], item: 'TCM_CASES' }] });
    expect(stray.json().error.details).toMatchObject([{ field: 'rows.0.item' }]);
    expect((await save(dakHa, { unit: '615', rows: [rows[0]] })).json()).toMatchObject({ status: 'DRAFT' });
    const early = await dakHa.request('POST', `/api/requests/${round}/targets/submit`, { unit: '615' });
    expect(early.json().error).toMatchObject({ details: [{ field: 'rows', message: 'Còn 1 chỉ tiêu chưa có mức đề xuất: hãy nhập đủ trước khi gửi.' }] });
    expect((await save(dakHa, { unit: '615', rows })).statusCode).toBe(200);
    const sent = await dakHa.request('POST', `/api/requests/${round}/targets/submit`, { unit: '615' });
    expect(sent.json()).toMatchObject({ status: 'SUBMITTED', rows: [{ proposal: { value: 35, note: 'Giảm so với năm 2023', status: 'SUBMITTED' } }, {}] });
    const request = (await rt.users.staff.request('GET', `/api/requests/${round}`)).json();
    expect(request.submissions.find((s: { unit: { code: string } }) => s.unit.code === '615')).toMatchObject({ status: 'SUBMITTED' });
    expect((await save(dakHa, { unit: '615', rows })).json().error.code).toBe('PROPOSALS_SENT');
  });

  it('approves the sent proposals into the year\'s targets by the department\'s decision, once', async () => {
    const approve = (client: TestClient, number: string) =>
      client.request('POST', `/api/requests/${round}/targets/approve`, { decision: { number, date: '2024-03-05' } });
    expect((await approve(districtStaff, '1/QĐ-TTYT')).statusCode).toBe(403);
    const approved = await approve(rt.users.staff, '45/QĐ-SYT');
    expect(approved.json()).toEqual({ targets: 2, units: 1, awaitingAgreement: 0 });
    const targets = (await rt.users.viewer.request('GET', '/api/targets?org=615&year=2024')).json().targets as TargetView[];
    expect(targets.map((t) => [t.item.code, t.value, t.direction, t.decision.number])).toEqual([
      ['SOTRET_CASES', 0, 'AT_MOST', '45/QĐ-SYT'],
      ['SXHD_CASES', 35, 'AT_MOST', '45/QĐ-SYT'],
    ]);
    expect((await grid(dakHa)).status).toBe('APPROVED');
    expect((await approve(rt.users.staff, '46/QĐ-SYT')).json().error.code).toBe('NOTHING_TO_APPROVE');
  });
});
