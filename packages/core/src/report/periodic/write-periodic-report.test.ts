import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../period/index.ts';
import { DEFAULT_PACKAGE } from '../../metadata/default-package.ts';
import { buildReportFigures } from '../build-figures.ts';
import type { GeneratedBlock, Section } from '../model.ts';
import { demoFigureRows, kontumReportInput } from '../monthly/golden/seed-001-input.ts';
import { parseReportPeriod, periodSpans, type ReportKind } from '../report-period.ts';
import { renderMarkdown, renderText } from '../render/index.ts';
import { writePeriodicReport, type PeriodicKind } from './write-periodic-report.ts';

const range = (r: { from: { code: string }; to: { code: string } }) => `${r.from.code}..${r.to.code}`;

/** Kon Tum's report of `kind` over `code`, from the demo's values (read from January last year). */
function kontumReport(kind: PeriodicKind, code: string) {
  const period = parseReportPeriod(kind, code)!;
  const last = `${period.year}${String(period.lastMonth).padStart(2, '0')}`;
  const rows = demoFigureRows(last);
  const base = kontumReportInput(last, rows);
  const types = new Map(DEFAULT_PACKAGE.dataElements.map((e) => [e.code, e.aggregationType]));
  const figures = buildReportFigures(rows, {
    month: parsePeriod(last),
    period,
    childOf: (orgUnit) => (base.children.some((c) => c.code === orgUnit) ? orgUnit : null),
    aggregationTypeOf: (element) => types.get(element) ?? 'SUM',
    indicators: DEFAULT_PACKAGE.indicators,
  });
  return { rows, document: writePeriodicReport(kind, { ...base, period: code, figures, today: '2024-12-31' }) };
}

const allBlocks = (sections: Section[]): GeneratedBlock[] =>
  sections.flatMap((s) => [...s.blocks.filter((b): b is GeneratedBlock => b.kind === 'generated'), ...allBlocks(s.children)]);

describe('report periods', () => {
  it.each([
    ['quarterly', '2023Q3', '202307..202309', '202304..202306', '202207..202209', '202301..202309'],
    ['half-year', '2023S1', '202301..202306', '202207..202212', '202201..202206', '202301..202306'],
    ['nine-month', '2023', '202301..202309', '202204..202212', '202201..202209', '202301..202309'],
    ['annual', '2023', '202301..202312', '202201..202212', '202201..202212', '202301..202312'],
    ['monthly', '202311', '202311..202311', '202310..202310', '202211..202211', '202301..202311'],
  ] as const)('%s %s spans this period, the one before, last year and the year to date', (kind, code, now, before, lastYear, ytd) => {
    const spans = periodSpans(parseReportPeriod(kind, code)!);
    expect([spans.month, spans.previousMonth, spans.sameMonthLastYear, spans.yearToDate].map(range)).toEqual([now, before, lastYear, ytd]);
  });

  it.each([
    ['quarterly', '202307'], ['quarterly', '2023'], ['half-year', '2023S2'], ['half-year', '2023Q1'],
    ['annual', '2023Q4'], ['nine-month', '202309'], ['monthly', '2023Q3'],
  ] as [ReportKind, string][])('%s refuses %s', (kind, code) => {
    expect(parseReportPeriod(kind, code)).toBeNull();
  });
});

describe('periodic reports', () => {
  it('titles the quarter and compares it with the quarter before and the same quarter last year', () => {
    const { document } = kontumReport('quarterly', '2023Q3');
    expect(document.kind).toBe('quarterly');
    expect(document.subject).toBe('tình hình thực hiện nhiệm vụ quý III năm 2023 và nhiệm vụ công tác trọng tâm quý IV năm 2023');
    expect(document.results.title).toBe('Tình hình thực hiện nhiệm vụ quý III năm 2023');
    expect(document.plan.title).toBe('Kế hoạch công tác quý IV năm 2023');
    const disease = document.results.sections[0]!.children[0]!;
    expect(disease.title).toBe('Tình hình dịch bệnh quý III năm 2023:');
    const text = allBlocks(document.results.sections).flatMap((b) => b.sentences.map((s) => s.text)).join(' ');
    expect(text).toMatch(/Trong quý, ghi nhận/);
    expect(text).toMatch(/so với quý trước/);
    expect(text).toMatch(/so với quý III\/2022/);
    expect(text).toMatch(/Lũy tích đến 30\/09\/2023/);
    expect(text).not.toMatch(/tháng trước|Trong tháng/);
  });

  it("states as the quarter's figure the sum of its three months for every summed element", () => {
    const { document, rows } = kontumReport('quarterly', '2023Q3');
    const summed = new Set(DEFAULT_PACKAGE.dataElements.filter((e) => e.aggregationType === 'SUM').map((e) => e.code));
    const sumOf = (item: string, from: string, to: string) =>
      rows.filter((r) => r.element === item && r.period >= from && r.period <= to).reduce((s, r) => s + r.value, 0);
    const refs = allBlocks(document.results.sections).flatMap((b) => b.sentences.flatMap((s) => s.figures));
    const checked = refs.filter((f) => !f.orgUnit && !f.item.includes('.') && summed.has(f.item) && f.value !== null);
    expect(checked.filter((f) => f.span === 'month').length).toBeGreaterThan(5);
    for (const f of checked) {
      const [from, to] = { month: ['202307', '202309'], previousMonth: ['202304', '202306'], sameMonthLastYear: ['202207', '202209'],
        yearToDate: ['202301', '202309'], yearToDateLastYear: ['202201', '202209'] }[f.span];
      expect(f.value, `${f.item}@${f.span}`).toBe(sumOf(f.item, from!, to!));
    }
  });

  it('writes the six-month review, the nine months and the annual review with their titles', () => {
    const half = kontumReport('half-year', '2023S1').document;
    expect(half.subject).toBe('sơ kết 6 tháng đầu năm 2023 và nhiệm vụ trọng tâm 6 tháng cuối năm 2023');
    expect(half.opening).toBe('Sở Y tế báo cáo sơ kết 6 tháng đầu năm 2023 và nhiệm vụ trọng tâm 6 tháng cuối năm 2023 của ngành Y tế tỉnh Kon Tum như sau:');
    const nine = kontumReport('nine-month', '2023').document;
    expect(nine.results.title).toBe('Tình hình thực hiện nhiệm vụ 9 tháng đầu năm 2023');
    const annual = kontumReport('annual', '2023').document;
    expect(annual.subject).toBe('tổng kết năm 2023 và phương hướng, nhiệm vụ năm 2024');
    expect(annual.plan.title).toBe('Phương hướng, nhiệm vụ năm 2024');
    const text = allBlocks(annual.results.sections).flatMap((b) => b.sentences.map((s) => s.text)).join(' ');
    expect(text).toMatch(/Trong năm, ghi nhận/);
    expect(text).toMatch(/so với năm 2022/);
    // The year before is the same period last year: one comparison, not two.
    expect(text).not.toMatch(/so với năm 2022, (tăng|giảm|bằng)[^.]*so với năm 2022/);
    expect(text).not.toMatch(/tháng trước|quý trước/);
  });

  it("prints the annual review's targets as a table in text and Markdown, a missing figure as a dash", () => {
    const { document } = kontumReport('annual', '2023');
    const targets = [
      { name: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', measure: '%', direction: 'AT_LEAST' as const, value: 95, actual: 96.4, percent: 101.5, status: 'EXCEEDED' as const, estimate: 96.4, estimateStatus: 'EXCEEDED' as const, to: '202311' },
      { name: 'Số ca mắc sốt xuất huyết', measure: 'ca', direction: 'REDUCE_BY' as const, value: 10, actual: null, percent: null, status: null, estimate: null, to: null },
      { name: 'Số ca mắc lao', measure: 'ca', direction: 'AT_LEAST' as const, value: 470, actual: 431, percent: 91.7, status: 'NOT_MET' as const, estimate: 471.62, estimateStatus: 'MET' as const, to: '202311' },
    ];
    const counted = { name: 'Số ca mắc lao phát hiện', measure: 'ca', direction: 'AT_LEAST' as const, value: 470, actual: 480, percent: 102.1, status: 'EXCEEDED' as const, estimate: 480, estimateStatus: 'EXCEEDED' as const, to: '202312' };
    const withTargets = writePeriodicReport('annual', { ...kontumReportInput('202311'), period: '2023', targets, figures: kontumReportInput('202311').figures });
    expect(document.results.sections[0]!.key).toBe('prevention');
    expect(withTargets.results.sections[0]!.title).toBe('Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023:');
    const text = renderText(withTargets);
    expect(text).toContain('I. Kết quả thực hiện nhiệm vụ năm 2023\n1. Kết quả thực hiện các chỉ tiêu kế hoạch năm 2023:\n| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện đến 30/11/2023 |');
    // A year still running is judged by its estimate, a year fully counted by its figures.
    expect(text).toContain('| 1 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | ≥ 95 | 96,4 | 101,5 | 96,4 | Ước vượt |');
    expect(text).toContain('| 3 | Số ca mắc lao | ca | ≥ 470 | 431 | 91,7 | 472 | Ước đạt |');
    const yearCounted = writePeriodicReport('annual', { ...kontumReportInput('202311'), period: '2023', targets: [counted], figures: kontumReportInput('202311').figures });
    expect(renderText(yearCounted)).toContain('| 1 | Số ca mắc lao phát hiện | ca | ≥ 470 | 480 | 102,1 | 480 | Vượt |');
    expect(text).toContain('| 2 | Số ca mắc sốt xuất huyết | ca | giảm 10 | — | — | — | — |');
    expect(renderMarkdown(withTargets)).toContain('| --- | --- |');
    // The empty free-text slots (assessment, proposals) do not print.
    expect(text).not.toContain('Ưu điểm');
  });
});
