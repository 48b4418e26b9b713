import { generateDemoSubmissions, generateDemoValues } from '@syt/core/demo/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';
import { storeSubmissions } from '../install/demo.service.ts';
import { startReportTest, type ReportTest } from './reports.fixture.ts';

/** December 2023: every district entered figures, only Đăk Hà (615) submitted its disease form. */
const MONTH = '202312';
const MISSING_DISTRICTS = ['thành phố Kon Tum', 'huyện Đăk Tô', 'huyện Ngọc Hồi', 'huyện Đăk Glei', 'huyện Tu Mơ Rông', 'huyện Kon Rẫy', 'huyện Kon Plông', 'huyện Sa Thầy', "huyện Ia H'Drai"];

const sentences = (doc: ReportDocument) =>
  [...doc.results.sections, ...doc.results.sections.flatMap((s) => s.children)].flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'generated' ? b.sentences.map((x) => ({ section: s.key, text: x.text, figures: x.figures })) : [])),
  );

/** "The report states only what the data supports": a month with 1 of 10 districts submitted. */
describe.each(DIALECTS)('a report with forms missing on $name', (dialect) => {
  let rt: ReportTest;
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    const values = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: MONTH, to: MONTH, includeZeros: true });
    const dakHa = generateDemoSubmissions(KONTUM_ORG_UNITS).filter((s) => s.period === MONTH && s.orgUnit === '615');
    await rt.t.database.db.transaction().execute(async (trx) => {
      await storeSubmissions(trx, dakHa);
      await storeTrustedValues(trx, values, 'demo', rt.t.clock.now().toISOString());
    });
  }, 120_000);
  afterAll(() => rt.t.close());

  const monthly = async (query = '') => {
    const res = await rt.users.viewer.request('GET', `/api/reports/monthly?org=62&period=${MONTH}${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.json() as ReportDocument;
  };

  it('carries a completeness block: the forms, their states, the states counted and the forms left out', async () => {
    const { completeness } = await monthly();
    expect(completeness!.counted).toEqual(['submitted', 'approved']);
    expect(completeness!.forms.find((f) => f.orgUnit === '615' && f.dataSet === 'BTN_THANG')).toMatchObject({ state: 'submitted' });
    expect(completeness!.forms.find((f) => f.orgUnit === '616')).toMatchObject({ orgUnitName: 'Sa Thầy', state: 'draft' });
    expect(completeness!.missing.map((f) => `${f.dataSet}/${f.orgUnit}`).sort()).toEqual(
      ['608', '610', '611', '612', '613', '614', '616', '617', '618'].map((c) => `BTN_THANG/${c}`).concat('HOATDONG_THANG/62').sort(),
    );
  });

  it('names the missing units and states no zero, comparison or "not recorded" that rests on their forms', async () => {
    const doc = await monthly();
    const disease = sentences(doc).filter((s) => s.section === 'disease');
    expect(disease[0]!.text).toBe(`Số liệu tháng 12/2023 tổng hợp từ báo cáo của 01/10 đơn vị (chưa nhận được báo cáo của ${MISSING_DISTRICTS.join(', ')}).`);
    for (const s of disease) expect(s.text).not.toMatch(/không ghi nhận|không có tử vong|không phát hiện|giảm|tăng|bằng so với/u);
    // The month's figures come from Đăk Hà's form alone: no other district's share is cited.
    const monthShares = disease.flatMap((s) => s.figures).filter((f) => f.span === 'month' && f.orgUnit !== undefined);
    expect(monthShares.every((f) => f.orgUnit === '615')).toBe(true);
    const activities = sentences(doc).filter((s) => s.section === 'medical-services');
    expect(activities.map((s) => s.text)).toEqual(['Chưa có số liệu tháng 12/2023 (báo cáo tháng chưa được gửi).']);
  });

  it('counts drafts only when asked, and marks them', async () => {
    const doc = await monthly('&includeDrafts=true');
    expect(doc.completeness!.counted).toEqual(['draft', 'submitted', 'approved']);
    expect(doc.completeness!.missing.map((f) => f.dataSet)).not.toContain('BTN_THANG');
    const disease = sentences(doc).filter((s) => s.section === 'disease');
    expect(disease[0]!.text).toContain('là số liệu tạm tính (báo cáo chưa gửi chính thức)');
    expect(disease[0]!.text).toContain('huyện Sa Thầy');
  });

  it('counts what the installation setting names: read by anyone, set by a province administrator only', async () => {
    expect((await rt.users.viewer.request('GET', '/api/reports/counted-states')).json()).toEqual({ states: ['submitted', 'approved'], canChange: false });
    expect((await rt.users.admin.request('GET', '/api/reports/counted-states')).json()).toMatchObject({ canChange: true });
    const bad = await rt.users.admin.request('PUT', '/api/reports/counted-states', { states: ['sent'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toMatchObject([{ field: 'states' }]);
    const districtAdmin = await signedIn(rt.t, 'quantri615', 'admin', '615');
    expect((await districtAdmin.request('PUT', '/api/reports/counted-states', { states: ['draft'] })).statusCode).toBe(403);
    expect((await rt.users.staff.request('PUT', '/api/reports/counted-states', { states: ['draft'] })).statusCode).toBe(403);
    const set = await rt.users.admin.request('PUT', '/api/reports/counted-states', { states: ['approved', 'draft', 'submitted'] });
    try {
      expect(set.json()).toEqual({ states: ['draft', 'submitted', 'approved'], canChange: true });
      // The report reads the new setting at once: Sa Thầy's draft is counted without the request asking.
      const doc = await monthly();
      expect(doc.completeness!.counted).toEqual(['draft', 'submitted', 'approved']);
      expect(doc.completeness!.missing.map((f) => f.orgUnit)).not.toContain('616');
    } finally {
      await rt.users.admin.request('PUT', '/api/reports/counted-states', { states: ['submitted', 'approved'] });
    }
    expect((await monthly()).completeness!.missing.map((f) => f.orgUnit)).toContain('616');
  });

  it('refuses a month not yet begun and a unit that did not exist in the month, naming the field', async () => {
    const future = await rt.users.viewer.request('GET', '/api/reports/monthly?org=62&period=202404');
    expect(future.statusCode).toBe(409);
    expect(future.json().error).toMatchObject({ code: 'PERIOD_NOT_STARTED', details: [{ field: 'period' }] });
    expect(future.json().error.message).toBe('Tháng 04/2024 chưa bắt đầu (hôm nay là 05/03/2024): chưa lập được báo cáo của tháng này.');
    const quangNgai = await signedIn(rt.t, 'quangngai', 'staff', '51');
    const notYet = await quangNgai.request('GET', '/api/reports/monthly?org=51&period=202401');
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error).toMatchObject({ code: 'UNIT_NOT_IN_PERIOD', details: [{ field: 'org' }] });
    const created = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '202404' });
    expect(created.json().error).toMatchObject({ code: 'PERIOD_NOT_STARTED' });
  });

  it('refuses a dissolved province in a month after its dissolution', async () => {
    const before = rt.t.clock.now().getTime();
    rt.t.clock.advance(Date.parse('2026-12-03T02:00:00Z') - before);
    try {
      // Signed in after the clock moved: the fixture's sessions have expired by then.
      const viewer = await signedIn(rt.t, 'xem2026', 'viewer', '62');
      const res = await viewer.request('GET', '/api/reports/monthly?org=62&period=202611');
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'UNIT_NOT_IN_PERIOD', details: [{ field: 'org' }] });
      expect(res.json().error.message).toContain('đã giải thể từ 30/06/2025');
    } finally {
      rt.t.clock.advance(before - rt.t.clock.now().getTime());
    }
  });

  it('finalises a report that lacks forms only with an explicit acknowledgement', async () => {
    const created = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: MONTH });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    // Staff send the draft to the leader (Trình ký); approving it (Duyệt) is the step that needs the acknowledgement.
    const sent = await rt.users.staff.request('POST', `/api/reports/instances/${id}/status`, { baseVersion: 1, status: 'submitted' });
    expect(sent.statusCode, sent.body).toBe(200);
    const refused = await rt.users.leader.request('POST', `/api/reports/instances/${id}/status`, { baseVersion: 2, status: 'final' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'MISSING_FORMS', details: [{ field: 'acknowledgeMissing' }] });
    expect((await rt.users.viewer.request('GET', `/api/reports/instances/${id}`)).json()).toMatchObject({ status: 'submitted', version: 2 });
    const signed = await rt.users.leader.request('POST', `/api/reports/instances/${id}/status`, { baseVersion: 2, status: 'final', acknowledgeMissing: true });
    expect(signed.statusCode, signed.body).toBe(200);
    const versions = (await rt.users.viewer.request('GET', `/api/reports/instances/${id}/versions`)).json().versions;
    expect(versions[0]).toMatchObject({ status: 'final', note: 'Duyệt khi còn thiếu số liệu của 10 biểu mẫu (đã xác nhận).' });
  });
});
