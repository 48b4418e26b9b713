import type { FieldReview, ProposalGrid } from '@syt/core/api/target-round.ts';
import type { TargetView } from '@syt/core/api/targets.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { signedIn, type TestClient } from '../../../test/harness.ts';
import { startReportTest, type ReportTest } from '../../reports/reports.fixture.ts';

/**
 * Seed 002's round with the CDC in it: the districts send their dengue proposals to the CDC too, which agrees them
 * before the department gives the targets; malaria, of no field here, goes straight to the department.
 */
describe.each(DIALECTS)('the CDC agreeing the districts\' proposals on $name', (dialect) => {
  let rt: ReportTest;
  let dakHa: TestClient;
  let konTum: TestClient;
  let cdc: TestClient;
  let population: TestClient;
  let round: number;
  const fields = [{ unit: 'KT_CDC', items: ['SXHD_CASES'] }];
  const request = (roundFields: object[]) => ({
    date: '2024-03-01', subject: 'Đề xuất chỉ tiêu kế hoạch năm 2024',
    deliverables: [{ kind: 'TARGETS', title: 'Chỉ tiêu chuyên môn năm 2024', year: 2024, items: ['SXHD_CASES', 'SOTRET_CASES'], fields: roundFields }],
    groups: [
      { name: 'Trung tâm Y tế các huyện', units: ['615', '608'], deadline: '2024-03-20' },
      { name: 'Các đơn vị tuyến tỉnh', units: ['KT_CDC'], deadline: '2024-03-25' },
    ],
  });
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    dakHa = await signedIn(rt.t, 'dakha615', 'reporter', '615');
    konTum = await signedIn(rt.t, 'kontum608', 'reporter', '608');
    cdc = await signedIn(rt.t, 'cdc', 'reporter', 'KT_CDC');
    population = await signedIn(rt.t, 'ccds', 'reporter', 'KT_CCDS');
  }, 120_000);
  afterAll(() => rt.t.close());

  const review = (client: TestClient, unit = 'KT_CDC') => client.request('GET', `/api/requests/${round}/targets/field?unit=${unit}`);
  const agree = (client: TestClient, rows: object[]) => client.request('POST', `/api/requests/${round}/targets/agree`, { unit: 'KT_CDC', rows });
  const approve = (number: string) => rt.users.staff.request('POST', `/api/requests/${round}/targets/approve`, { decision: { number, date: '2024-03-05' } });

  it('names, for each field, a provincial unit the request is sent to, and items of the round agreed once', async () => {
    const bad = await rt.users.staff.request('POST', '/api/requests', request([
      { unit: '615', items: ['SXHD_CASES'] },
      { unit: 'KT_CCDS', items: ['SOTRET_CASES'] },
      { unit: 'KT_CDC', items: ['TCM_CASES', 'SXHD_CASES'] },
      { unit: 'NOPE', items: ['SXHD_CASES'] },
    ]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { field: 'deliverables.0.fields.0.unit', message: expect.stringContaining('không phải đơn vị tuyến tỉnh') },
      { field: 'deliverables.0.fields.1.unit', message: expect.stringContaining('phải là một đơn vị nhận yêu cầu') },
      { field: 'deliverables.0.fields.2.items.0', message: expect.stringContaining('TCM_CASES') },
      { field: 'deliverables.0.fields.2.items.1', message: 'Chỉ tiêu SXHD_CASES đã có đơn vị khác thống nhất.' },
      { field: 'deliverables.0.fields.3.unit', message: expect.stringContaining('NOPE') },
      { field: 'deliverables.0.fields.3.items.0', message: 'Chỉ tiêu SXHD_CASES đã có đơn vị khác thống nhất.' },
    ]);
    const created = await rt.users.staff.request('POST', '/api/requests', request(fields));
    expect(created.statusCode, created.body).toBe(201);
    round = created.json().id;
    expect(created.json().deliverables[0].fields).toEqual(fields);
  });

  it('shows the CDC the districts\' sent proposals of its field only, and who has not sent', async () => {
    const rows = [
      { item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 35 },
      { item: 'SOTRET_CASES', measure: 'ca', direction: 'AT_MOST', value: 0 },
    ];
    expect((await dakHa.request('PUT', `/api/requests/${round}/targets`, { unit: '615', rows })).statusCode).toBe(200);
    expect((await dakHa.request('POST', `/api/requests/${round}/targets/submit`, { unit: '615' })).statusCode).toBe(200);
    // Kon Tum city keeps a draft: not sent, not the CDC's to see.
    expect((await konTum.request('PUT', `/api/requests/${round}/targets`, { unit: '608', rows })).statusCode).toBe(200);
    const res = await review(cdc);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as FieldReview;
    expect(view).toMatchObject({ year: 2024, unit: { code: 'KT_CDC' }, items: [{ code: 'SXHD_CASES', name: 'Sốt xuất huyết Dengue: số mắc' }] });
    expect(view.rows.map((r) => [r.unit.code, r.item.code, r.proposal.value, r.proposal.status, r.agreement])).toEqual([['615', 'SXHD_CASES', 35, 'SUBMITTED', null]]);
    expect(view.waiting.map((u) => u.code)).toEqual(['608']);
    // The district sees who agrees its dengue proposal; malaria has nobody between it and the department.
    const grid = (await dakHa.request('GET', `/api/requests/${round}/targets?unit=615`)).json() as ProposalGrid;
    expect(grid.rows.map((r) => [r.item.code, r.agreedBy?.code ?? null, r.agreement])).toEqual([['SXHD_CASES', 'KT_CDC', null], ['SOTRET_CASES', null, null]]);
  });

  it('keeps the field to the CDC: a district, another sub-department and a unit of no field are refused', async () => {
    expect((await review(konTum)).statusCode).toBe(403);
    expect((await review(population)).statusCode).toBe(404);
    expect((await review(rt.users.staff, 'KT_CCDS')).statusCode).toBe(404);
    expect((await agree(konTum, [{ orgUnit: '615', item: 'SXHD_CASES' }])).statusCode).toBe(403);
    // A leader sees the field but enters no figures.
    expect((await agree(rt.users.leader, [{ orgUnit: '615', item: 'SXHD_CASES' }])).statusCode).toBe(403);
  });

  it('gives the department only what needs no agreement, and says what waits for the CDC', async () => {
    expect((await approve('45/QĐ-SYT')).json()).toEqual({ targets: 1, units: 1, awaitingAgreement: 1 });
    const again = await approve('46/QĐ-SYT');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Còn 1 đề xuất của tuyến huyện đang chờ đơn vị tuyến tỉnh thống nhất: chưa có đề xuất nào duyệt được.');
  });

  it('refuses an agreement naming a unit, an item or a proposal it cannot agree, and changes nothing', async () => {
    const bad = await agree(cdc, [
      { orgUnit: '615', item: 'SXHD_CASES', value: 20 },
      { orgUnit: 'KT_CDC', item: 'SXHD_CASES' },
      { orgUnit: '615', item: 'SOTRET_CASES' },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(['rows.1.orgUnit', 'rows.2.item']);
    const unsent = await agree(cdc, [{ orgUnit: '615', item: 'SXHD_CASES', value: 20 }, { orgUnit: '608', item: 'SXHD_CASES' }]);
    expect(unsent.statusCode).toBe(409);
    expect(unsent.json().error.message).toContain('chưa gửi đề xuất');
    expect(((await review(cdc)).json() as FieldReview).rows[0]!.agreement).toBeNull();
  });

  it('agrees at the value settled with the district, which the department then gives as the target', async () => {
    const agreed = await agree(cdc, [{ orgUnit: '615', item: 'SXHD_CASES', value: 30, note: 'Thống nhất với TTYT Đăk Hà' }]);
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect((agreed.json() as FieldReview).rows[0]!.agreement).toMatchObject({ unit: { code: 'KT_CDC' }, value: 30, note: 'Thống nhất với TTYT Đăk Hà' });
    const grid = (await dakHa.request('GET', `/api/requests/${round}/targets?unit=615`)).json() as ProposalGrid;
    expect(grid.rows[0]!.agreement).toMatchObject({ value: 30 });
    expect((await approve('47/QĐ-SYT')).json()).toEqual({ targets: 1, units: 1, awaitingAgreement: 0 });
    const targets = (await rt.users.viewer.request('GET', '/api/targets?org=615&year=2024')).json().targets as TargetView[];
    expect(targets.map((t) => [t.item.code, t.value, t.decision.number])).toEqual([['SOTRET_CASES', 0, '45/QĐ-SYT'], ['SXHD_CASES', 30, '47/QĐ-SYT']]);
    const late = await agree(cdc, [{ orgUnit: '615', item: 'SXHD_CASES', value: 25 }]);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('đã được giao');
  });
});
