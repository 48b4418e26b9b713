import type { TargetView } from '@syt/core/api/targets.ts';
import type { FigureRef, ReportDocument, Section } from '@syt/core/report/model.ts';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { startReportTest, type ReportTest } from './reports.fixture.ts';

/** Every figure a report's generated sentences cite, over the whole province (no district share). */
function provinceFigures(doc: ReportDocument): FigureRef[] {
  const walk = (sections: Section[]): FigureRef[] =>
    sections.flatMap((s) => [
      ...s.blocks.flatMap((b) => (b.kind === 'generated' ? b.sentences.flatMap((x) => x.figures) : [])),
      ...walk(s.children),
    ]);
  return walk(doc.results.sections).filter((f) => f.orgUnit === undefined);
}

const textOf = (doc: ReportDocument) =>
  JSON.stringify(doc.results.sections);

/** The quarterly, six-month, nine-month and annual reports: figures against the aggregate API, titles, instances. */
describe.each(DIALECTS)('periodic reports on $name', (dialect) => {
  let rt: ReportTest;
  beforeAll(async () => {
    rt = await startReportTest(dialect);
  }, 120_000);
  afterAll(() => rt.t.close());

  const periodic = async (query: string) => {
    const res = await rt.users.viewer.request('GET', `/api/reports/periodic?${query}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res.json() as ReportDocument;
  };
  const aggregate = async (item: string, from: string, to: string) => {
    const res = await rt.users.viewer.request('GET', `/api/aggregate?item=${item}&orgUnit=62&from=${from}&to=${to}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value as number | null;
  };

  it("states 2023 Q3's figures as July to September's, and its same period last year as 2022 Q3's", async () => {
    const doc = await periodic('kind=quarterly&org=62&period=2023Q3');
    expect(doc).toMatchObject({ kind: 'quarterly', period: '2023Q3', title: 'BÁO CÁO' });
    expect(doc.subject).toBe('tình hình thực hiện nhiệm vụ quý III năm 2023 và nhiệm vụ công tác trọng tâm quý IV năm 2023');
    const figures = provinceFigures(doc);
    const ranges = { month: ['202307', '202309'], sameMonthLastYear: ['202207', '202209'], previousMonth: ['202304', '202306'] } as const;
    const checked = new Set<string>();
    for (const f of figures) {
      if (!(f.span in ranges) || checked.has(`${f.item}@${f.span}`)) continue;
      checked.add(`${f.item}@${f.span}`);
      const [from, to] = ranges[f.span as keyof typeof ranges];
      expect(f.value, `${f.item} ${f.span}`).toBe(await aggregate(f.item, from, to));
    }
    // The diseases, HIV, medical services, … : every kind of figure the sections cite, not a handful.
    expect([...checked].filter((k) => k.endsWith('@month')).length).toBeGreaterThan(30);
    expect([...checked].filter((k) => k.endsWith('@sameMonthLastYear')).length).toBeGreaterThan(5);
    expect(textOf(doc)).toContain('Trong quý, ghi nhận');
    expect(textOf(doc)).toContain('so với quý III/2022');
  });

  it('writes the six-month review of 2023S1 and the annual review of 2023 with their titles and spans', async () => {
    const half = await periodic('kind=half-year&org=62&period=2023S1');
    expect(half.subject).toBe('sơ kết 6 tháng đầu năm 2023 và nhiệm vụ trọng tâm 6 tháng cuối năm 2023');
    expect(half.results.title).toBe('Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2023');
    const tcm = provinceFigures(half).find((f) => f.item === 'TCM_CASES' && f.span === 'month')!;
    expect(tcm.value).toBe(await aggregate('TCM_CASES', '202301', '202306'));
    const annual = await periodic('kind=annual&org=62&period=2023');
    expect(annual.subject).toBe('tổng kết năm 2023 và phương hướng, nhiệm vụ năm 2024');
    expect(annual.plan.title).toBe('Phương hướng, nhiệm vụ năm 2024');
    const year = provinceFigures(annual).find((f) => f.item === 'TCM_CASES' && f.span === 'sameMonthLastYear')!;
    expect(year.value).toBe(await aggregate('TCM_CASES', '202201', '202212'));
    // The fixture stops at November: the review speaks to its last month counted (30/11/2023) and estimates the
    // year; December's forms, none of them in, stay listed as missing in its completeness (the editor's banner).
    expect(annual.results.title).toBe('Kết quả thực hiện nhiệm vụ năm 2023 (số liệu đến 30/11/2023)');
    expect(annual.completeness?.missing.some((f) => f.period === '202312')).toBe(true);
    expect(textOf(annual)).not.toContain('tháng 12/2023 của');
    expect(textOf(annual)).toContain('Ước thực hiện cả năm 2023');
    const nine = await periodic('kind=nine-month&org=62&period=2023');
    expect(nine.results.title).toBe('Tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2023');
  });

  it("opens the annual review with the year's plan targets as GET /api/targets states them, and its free-text slots", async () => {
    const decision = { number: '12/QĐ-SYT', date: '2023-01-10' };
    const targets = [
      { year: 2023, orgUnit: '62', item: 'KCB_VISITS', measure: 'lượt', direction: 'AT_LEAST', value: 500_000, decision },
      { year: 2023, orgUnit: '62', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 40, decision },
      // A district's target is the district's own, not the province's: not in the province's table.
      { year: 2023, orgUnit: '615', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 30, decision },
    ];
    for (const t of targets) expect((await rt.users.staff.request('POST', '/api/targets', t)).statusCode).toBe(201);
    const listed = (await rt.users.viewer.request('GET', '/api/targets?org=62&year=2023')).json() as { targets?: TargetView[] } | TargetView[];
    const views = (Array.isArray(listed) ? listed : listed.targets!).filter((v) => v.orgUnit.code === '62');
    expect(views).toHaveLength(2);

    const annual = await periodic('kind=annual&org=62&period=2023');
    const section = annual.results.sections[0]!;
    expect(section.title).toBe('Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023:');
    const table = section.table!;
    // On the server's clock (05/03/2024) the year has ended, but the suite's figures stop at November 2023.
    expect(views.map((v) => v.achievement.to)).toEqual(['202311', '202311']);
    expect(table.columns).toEqual([
      'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2023', 'Thực hiện đến 30/11/2023', 'Tỷ lệ so với kế hoạch (%)', 'Ước thực hiện năm 2023', 'Đánh giá',
    ]);
    const figure = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(n));
    // Figures to 30/11 are no year's result: the year is judged by its estimate.
    // A count's estimate prints as a whole count.
    const wholeIfCounted = (actual: number | null, estimate: number | null) =>
      estimate !== null && actual !== null && Number.isInteger(actual) ? Math.round(estimate) : estimate;
    const words = { EXCEEDED: 'Ước vượt', MET: 'Ước đạt', NOT_MET: 'Ước không đạt' } as const;
    expect(table.rows).toEqual(
      views.map((v, i) => [
        String(i + 1), v.item.name, v.measure, `${v.direction === 'AT_LEAST' ? '≥' : '≤'} ${figure(v.value)}`,
        figure(v.achievement.actual), figure(v.achievement.percent), figure(wholeIfCounted(v.achievement.actual, v.achievement.estimate?.value ?? null)),
        v.achievement.estimateStatus ? words[v.achievement.estimateStatus] : '—',
      ]),
    );
    const keys = annual.results.sections.map((s) => s.key);
    expect(keys.slice(0, 2)).toEqual(['targets', 'prevention']);
    expect(keys.slice(-3)).toEqual(['assessment', 'proposed-targets', 'recommendations']);
    expect(annual.results.sections.at(-3)!.children.map((c) => c.blocks[0])).toMatchObject([{ kind: 'free', slot: 'strengths' }, { kind: 'free', slot: 'limitations' }]);

    // Stored, it downloads as a .docx whose targets are a Word table.
    const created = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '2023', kind: 'annual' });
    expect(created.statusCode, created.body).toBe(201);
    const docx = await rt.users.viewer.request('GET', `/api/reports/instances/${created.json().id}/download?format=docx`);
    expect(docx.headers['content-disposition']).toBe('attachment; filename="bao-cao-tong-ket-nam-2023.docx"');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const tables = xml.split('<w:tbl>').slice(1);
    const targetsTable = tables.find((t) => t.includes('Kế hoạch năm 2023'));
    expect(targetsTable, 'a Word table holds the targets').toBeDefined();
    expect(targetsTable).toContain(views[0]!.item.name);
    expect(targetsTable!.match(/<w:tr[ >]/g)).toHaveLength(3);
  });

  it.each([
    ['quarterly', '202307', 'YYYYQn'],
    ['half-year', '2023S2', 'YYYYS1'],
    ['annual', '2023Q4', 'YYYY'],
  ])('refuses a %s report of %s, naming the form expected', async (kind, period, form) => {
    const res = await rt.users.viewer.request('GET', `/api/reports/periodic?kind=${kind}&org=62&period=${period}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ field: 'period', message: expect.stringContaining(form) }]);
  });

  it('refuses an unknown kind naming the field', async () => {
    const res = await rt.users.viewer.request('GET', '/api/reports/periodic?kind=weekly&org=62&period=2023W01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('kind');
  });

  it('stores a quarterly report as an instance beside the monthly ones, with its versions and .docx', async () => {
    const created = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '2023Q3', kind: 'quarterly' });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({ kind: 'quarterly', period: '2023Q3', version: 1, document: { kind: 'quarterly' } });
    const again = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '2023Q3', kind: 'quarterly' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Báo cáo quý III/2023');
    // The monthly report of a month is another instance.
    expect((await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '202309' })).statusCode).toBe(201);
    const saved = await rt.users.staff.request('PUT', `/api/reports/instances/${view.id}`, { baseVersion: 1, freeText: { other: 'Tổng kết quý.' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const regenerated = await rt.users.staff.request('POST', `/api/reports/instances/${view.id}/regenerate`, { baseVersion: 2 });
    expect(regenerated.statusCode, regenerated.body).toBe(200);
    expect(regenerated.json().document.kind).toBe('quarterly');
    const docx = await rt.users.viewer.request('GET', `/api/reports/instances/${view.id}/download?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toBe('attachment; filename="bao-cao-quy-3-2023.docx"');
    // The stored report is what the periodic route answers from then on.
    expect((await periodic('kind=quarterly&org=62&period=2023Q3')).plan).toEqual(regenerated.json().document.plan);
    const listed = (await rt.users.viewer.request('GET', '/api/reports/instances?kind=quarterly')).json().reports;
    expect(listed.map((r: { period: string }) => r.period)).toEqual(['2023Q3']);
  });
});
