import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from '../../metadata/default-package.ts';
import { reportCompleteness, type FormState, type ReportForm } from '../completeness.ts';
import { countedRowFilter, formState } from '../form-states.ts';
import type { MonthlyReportInput } from '../input.ts';
import type { ReportDocument, Section } from '../model.ts';
import { demoFigureRows, KONTUM_DISTRICTS, kontumReportInput } from './golden/seed-001-input.ts';
import { writeMonthlyReport } from './write-monthly-report.ts';

const PERIOD = '202311';
const dataSetElements = Object.fromEntries(
  DEFAULT_PACKAGE.dataSets.map((d) => [d.code, d.sections.flatMap((s) => s.dataElements)]),
);

/** Forms of the month: each district's disease form in `districtState(code)`, the province's activity form approved. */
function forms(districtState: (code: string) => FormState): ReportForm[] {
  return [
    ...KONTUM_DISTRICTS.map((d): ReportForm => ({
      dataSet: 'BTN_THANG',
      orgUnit: d.code,
      orgUnitName: d.name,
      ...(d.sentenceName ? { sentenceName: d.sentenceName } : {}),
      state: districtState(d.code),
    })),
    { dataSet: 'HOATDONG_THANG', orgUnit: '62', orgUnitName: 'Tỉnh Kon Tum', sentenceName: 'tỉnh Kon Tum', state: 'approved' },
  ];
}

/** The report from the demo's rows the forms let through (as the server filters them), with the forms attached. */
function reportWith(monthForms: ReportForm[], counted: FormState[] = ['submitted', 'approved'], today = '2024-03-05'): ReportDocument {
  const countedUnits = new Set(monthForms.filter((f) => counted.includes(f.state)).map((f) => f.orgUnit));
  const districts = new Set(KONTUM_DISTRICTS.map((d) => d.code));
  const rows = demoFigureRows(PERIOD).filter((r) => r.period !== PERIOD || !districts.has(r.orgUnit) || countedUnits.has(r.orgUnit));
  const input: MonthlyReportInput = {
    ...kontumReportInput(PERIOD, rows),
    completeness: reportCompleteness(monthForms, counted),
    dataSetElements,
    today,
  };
  return writeMonthlyReport(input);
}

const sectionOf = (doc: ReportDocument, key: string): Section =>
  [...doc.results.sections, ...doc.results.sections.flatMap((s) => s.children)].find((s) => s.key === key)!;
const sentencesOf = (section: Section) =>
  section.blocks.flatMap((b) => (b.kind === 'generated' ? b.sentences.map((s) => s.text) : []));

describe('a report with forms missing', () => {
  const onlyDakHa = reportWith(forms((code) => (code === '615' ? 'submitted' : 'missing')));
  const disease = sentencesOf(sectionOf(onlyDakHa, 'disease'));

  it('names the units whose form it lacks, in a sentence of its own', () => {
    expect(disease[0]).toBe(
      'Số liệu tháng 11/2023 tổng hợp từ báo cáo của 01/10 đơn vị (chưa nhận được báo cáo của thành phố Kon Tum, ' +
        "huyện Đăk Tô, huyện Ngọc Hồi, huyện Đăk Glei, huyện Tu Mơ Rông, huyện Kon Rẫy, huyện Kon Plông, huyện Sa Thầy, huyện Ia H'Drai).",
    );
    expect(onlyDakHa.completeness!.missing.map((f) => f.orgUnit)).toEqual(KONTUM_DISTRICTS.map((d) => d.code).filter((c) => c !== '615'));
  });

  it('states no zero, comparison, death-free year or "not recorded" list that the missing forms would decide', () => {
    expect(disease.length).toBeGreaterThan(2);
    for (const text of disease) {
      expect(text).not.toMatch(/không ghi nhận|không có tử vong|không phát hiện|giảm|tăng|bằng so với/u);
    }
    expect(sectionOf(onlyDakHa, 'disease').blocks.some((b) => b.kind === 'generated' && b.id === 'disease.watch')).toBe(false);
  });

  it('keeps the sections whose forms all came in as they were', () => {
    const complete = reportWith(forms(() => 'approved'));
    expect(sentencesOf(sectionOf(onlyDakHa, 'medical-services'))).toEqual(sentencesOf(sectionOf(complete, 'medical-services')));
  });

  it('writes a complete month exactly as without forms', () => {
    const complete = reportWith(forms(() => 'submitted'));
    const { completeness: _, ...rest } = complete;
    expect(rest).toEqual(writeMonthlyReport({ ...kontumReportInput(PERIOD), today: '2024-03-05' }));
  });

  it('says the figures are not yet available when no form came in, keeping the free text slot', () => {
    const none = reportWith(forms(() => 'missing'));
    const section = sectionOf(none, 'disease');
    expect(sentencesOf(section)).toEqual([
      'Chưa có số liệu tháng 11/2023 (chưa nhận được báo cáo của thành phố Kon Tum, huyện Đăk Hà, huyện Đăk Tô, huyện Ngọc Hồi, ' +
        "huyện Đăk Glei, huyện Tu Mơ Rông, huyện Kon Rẫy, huyện Kon Plông, huyện Sa Thầy, huyện Ia H'Drai).",
    ]);
    expect(section.blocks.filter((b) => b.kind === 'free').map((b) => (b.kind === 'free' ? b.slot : ''))).toEqual(['disease']);
  });

  it("says so without naming the province when the province's own form is missing", () => {
    const monthForms = forms(() => 'approved').map((f) => (f.dataSet === 'HOATDONG_THANG' ? { ...f, state: 'missing' as const } : f));
    expect(sentencesOf(sectionOf(reportWith(monthForms), 'medical-services'))).toEqual(['Chưa có số liệu tháng 11/2023 (báo cáo tháng chưa được gửi).']);
  });

  it('marks drafts as provisional when the user asked for them', () => {
    const doc = reportWith(forms((code) => (code === '615' ? 'draft' : 'submitted')), ['draft', 'submitted', 'approved']);
    expect(sentencesOf(sectionOf(doc, 'disease'))[0]).toBe('Số liệu của huyện Đăk Hà là số liệu tạm tính (báo cáo chưa gửi chính thức).');
    expect(doc.completeness).toMatchObject({ counted: ['draft', 'submitted', 'approved'], missing: [] });
  });
});

describe('the day a cumulative figure runs to', () => {
  it('is never after today', () => {
    const text = JSON.stringify(writeMonthlyReport({ ...kontumReportInput(PERIOD), today: '2023-11-20' }));
    expect(text).toContain('Lũy tích đến 20/11/2023');
    expect(text).not.toContain('30/11/2023');
  });
});

describe('form states and the figures they let through', () => {
  it('reads a form from its workflow and values', () => {
    expect([formState('APPROVED', false), formState('SUBMITTED', true), formState('REOPENED', true), formState(null, false)]).toEqual([
      'approved', 'submitted', 'draft', 'missing',
    ]);
  });

  it('keeps a row only when the form of the unit it lies in is counted', () => {
    const keep = countedRowFilter(
      {
        dataSetsOf: (e) => (e === 'TCM_CASES' ? ['BTN_THANG'] : []),
        isAssigned: (ds, unit) => ds === 'BTN_THANG' && (unit === '615' || unit === '616'),
        workflow: (_ds, unit, period) => (unit === '615' && period === '202311' ? 'SUBMITTED' : null),
      },
      ['submitted', 'approved'],
      (unit) => (unit.startsWith('615') ? ['615', '62'] : ['62']),
    );
    const row = (orgUnit: string, element = 'TCM_CASES') => ({ element, option: 'default', orgUnit, period: '202311', value: 3 });
    expect([row('615'), row('61501'), row('616'), row('616', 'OTHER')].map(keep)).toEqual([true, true, false, true]);
  });
});
