import { parsePeriod } from '@syt/core/period/index.ts';
import { FIGURE_SPANS } from '@syt/core/report/model.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { monthlyReportInput } from './report-input.service.ts';
import { PERIOD, startReportTest, type ReportTest } from './reports.fixture.ts';

/** The report in every format, its figures against the aggregate API, and the header settings. */
describe.each(DIALECTS)('report outputs on $name', (dialect) => {
  let rt: ReportTest;
  let id: number;
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    id = (await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: PERIOD })).json().id;
  }, 120_000);
  afterAll(() => rt.t.close());

  it('answers the month\'s report as JSON, fresh when nothing is stored', async () => {
    const res = await rt.users.viewer.request('GET', '/api/reports/monthly?org=62&period=202310');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'monthly', period: '202310', orgUnit: { code: '62' }, title: 'BÁO CÁO' });
    expect(res.json().subject).toContain('tháng 10 năm 2023');
  });

  it.each([
    ['json', 'application/json; charset=utf-8', 'bao-cao-thang-11-2023.json'],
    ['text', 'text/plain; charset=utf-8', 'bao-cao-thang-11-2023.txt'],
    ['md', 'text/markdown; charset=utf-8', 'bao-cao-thang-11-2023.md'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'bao-cao-thang-11-2023.docx'],
  ])('downloads the stored report as %s', async (format, type, fileName) => {
    const stored = (await rt.users.viewer.request('GET', `/api/reports/instances/${id}`)).json().document;
    for (const url of [`/api/reports/instances/${id}/download?format=${format}`, `/api/reports/monthly?org=62&period=${PERIOD}&format=${format}`]) {
      const res = await rt.users.viewer.request('GET', url);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      if (format === 'json' && url.includes('/monthly')) {
        // Written fresh from the same data, so the same document as the one stored.
        expect(res.json()).toEqual(stored);
        continue;
      }
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
      if (format === 'json') expect(JSON.parse(res.body), url).toEqual(stored);
      if (format === 'docx') expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
      if (format === 'text' || format === 'md') expect(res.body).toContain('BÁO CÁO');
    }
  });

  it('stores the JSON of the month written from the data: its sections and a sentence of seed 001', async () => {
    const doc = (await rt.users.viewer.request('GET', `/api/reports/instances/${id}/download?format=json`)).json();
    expect(doc).toMatchObject({ kind: 'monthly', period: PERIOD, orgUnit: { code: '62' }, title: 'BÁO CÁO' });
    expect(doc.subject).toBe('tình hình thực hiện nhiệm vụ tháng 11 năm 2023 và nhiệm vụ công tác trọng tâm tháng 12 năm 2023');
    const disease = doc.results.sections[0].children[0];
    expect(disease.title).toBe('Tình hình dịch bệnh tháng 11 năm 2023:');
    const texts = disease.blocks.flatMap((b: { sentences?: { text: string }[] }) => (b.sentences ?? []).map((x) => x.text));
    expect(texts.join(' ')).toContain("- Tay - Chân - Miệng: Trong tháng, ghi nhận 17 ca mắc mới (Ngọc Hồi 07, Đăk Glei 06, thành phố Kon Tum 03, Ia H'Drai 01)");
  });

  // The project's scripts install LibreOffice, so the PDF must come back.
  it('downloads the stored report as PDF converted by LibreOffice', async () => {
    const res = await rt.users.viewer.request('GET', `/api/reports/instances/${id}/download?format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  }, 60_000);

  it('reads the same figures as /api/aggregate/month, for the province and for one district', async () => {
    const db = rt.t.database.db;
    const unit = (await findOrgUnitByCode(db, '62'))!;
    const { figures } = await monthlyReportInput(db, unit, parsePeriod(PERIOD));
    for (const item of ['TCM_CASES', 'SXHD_CASES', 'LAO_CASES.AFB_POS', 'LAO_REG_ACTIVE', 'TC_IPV_BS_COVERAGE']) {
      const province = (await rt.users.viewer.request('GET', `/api/aggregate/month?item=${item}&orgUnit=62&period=${PERIOD}`)).json();
      const district = (await rt.users.viewer.request('GET', `/api/aggregate/month?item=${item}&orgUnit=615&period=${PERIOD}`)).json();
      for (const span of FIGURE_SPANS) {
        expect(figures.total(item, span), `${item} ${span}`).toBe(province[span]);
        if (!item.endsWith('COVERAGE')) expect(figures.byUnit(item, span).get('615') ?? 0, `${item} ${span} 615`).toBe(district[span] ?? 0);
      }
    }
  });

  it('keeps header defaults per org unit: staff set them, a new report starts from them, a reporter may not', async () => {
    const put = await rt.users.staff.request('PUT', '/api/reports/settings?org=62', { signerName: 'Trần Văn B', signerTitle: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ signerName: 'Trần Văn B', issuingBody: 'SỞ Y TẾ' });
    expect((await rt.users.viewer.request('GET', '/api/reports/settings?org=62')).json().signerName).toBe('Trần Văn B');
    expect((await rt.users.reporter.request('PUT', '/api/reports/settings?org=62', { signerName: 'X' })).statusCode).toBe(403);
    const fresh = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '202310' });
    expect(fresh.json().document.header).toMatchObject({ signerName: 'Trần Văn B', signerTitle: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] });
  });
});
