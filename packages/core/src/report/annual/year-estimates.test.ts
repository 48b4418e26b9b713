import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from '../../metadata/default-package.ts';
import { parsePeriod } from '../../period/index.ts';
import { estimateYear } from '../../targets/estimate.ts';
import { ESTIMATE_METHOD_NOTES } from '../../vi/estimate-words.ts';
import { formatCount } from '../../vi/number.ts';
import { buildReportFigures } from '../build-figures.ts';
import type { FigureRow } from '../figures.ts';
import type { ReportForm } from '../completeness.ts';
import { reportCompleteness } from '../completeness.ts';
import type { GeneratedBlock, ReportDocument, Section } from '../model.ts';
import { kontumReportInput } from '../monthly/golden/seed-001-input.ts';
import { parseReportPeriod } from '../report-period.ts';
import { writePeriodicReport, type PeriodicKind } from '../periodic/write-periodic-report.ts';
import type { ReportTarget } from './annual-sections.ts';

// A constructed year: hand, foot and mouth cases and outpatient visits in Đăk Hà, every month of 2022, 2023 to November.
const TCM_2022 = [2, 3, 5, 8, 10, 12, 9, 6, 4, 3, 2, 5];
const TCM_2023 = [1, 2, 4, 9, 11, 15, 10, 7, 5, 4, 3];
const VISITS_2022 = [80, 82, 90, 85, 88, 91, 95, 97, 90, 86, 84, 100].map((v) => v * 1000);
const VISITS_2023 = [85, 84, 92, 90, 93, 95, 99, 101, 94, 90, 88].map((v) => v * 1000);

const rowsOf = (element: string, year: number, values: readonly number[]): FigureRow[] =>
  values.map((value, i) => ({ element, option: 'default', orgUnit: '615', period: `${year}${String(i + 1).padStart(2, '0')}`, value }));

const ROWS = [
  ...rowsOf('TCM_CASES', 2022, TCM_2022),
  ...rowsOf('TCM_CASES', 2023, TCM_2023),
  ...rowsOf('KCB_VISITS', 2022, VISITS_2022),
  ...rowsOf('KCB_VISITS', 2023, VISITS_2023),
];

/** Kon Tum's report of `kind` over the constructed rows, written on `today`. */
function report(
  kind: PeriodicKind,
  code: string,
  today: string,
  extra: { rows?: FigureRow[]; forms?: ReportForm[]; drop?: (row: FigureRow) => boolean; targets?: ReportTarget[] } = {},
): ReportDocument {
  const period = parseReportPeriod(kind, code)!;
  const base = kontumReportInput('202311', []);
  const types = new Map(DEFAULT_PACKAGE.dataElements.map((e) => [e.code, e.aggregationType]));
  const rows = [...ROWS, ...(extra.rows ?? [])].filter((r) => !extra.drop?.(r));
  const figures = buildReportFigures(rows, {
    month: parsePeriod(`${period.year}${String(period.lastMonth).padStart(2, '0')}`),
    period,
    childOf: (orgUnit) => (base.children.some((c) => c.code === orgUnit) ? orgUnit : null),
    aggregationTypeOf: (element) => types.get(element) ?? 'SUM',
    indicators: DEFAULT_PACKAGE.indicators,
  });
  // The disease form holds the cases; the visits are governed by no form.
  const completeness = extra.forms
    ? { completeness: reportCompleteness(extra.forms, ['submitted', 'approved']), dataSetElements: { BTN: ['TCM_CASES'] } }
    : {};
  return writePeriodicReport(kind, { ...base, period: code, figures, today, ...completeness, ...(extra.targets ? { targets: extra.targets } : {}) });
}

const blocks = (sections: Section[]): GeneratedBlock[] =>
  sections.flatMap((s) => [...s.blocks.filter((b): b is GeneratedBlock => b.kind === 'generated'), ...blocks(s.children)]);
const block = (doc: ReportDocument, id: string) => blocks(doc.results.sections).find((b) => b.id === id);
const textOf = (doc: ReportDocument) => blocks(doc.results.sections).flatMap((b) => b.sentences.map((s) => s.text)).join(' ');

/** The year's estimate of a flow as the targets table makes it, written as a count. */
const estimated = (thisYear: number[], lastYear: number[]) => {
  const estimate = estimateYear({ kind: 'flow', thisYear, lastYear })!;
  return { figure: formatCount(Math.round(estimate.value)), method: estimate.method };
};

const form = (period: string, state: ReportForm['state']): ReportForm => ({ dataSet: 'BTN', orgUnit: '615', orgUnitName: 'Đăk Hà', state, period });

describe('the annual review written before the year is in', () => {
  it('speaks to 30/11/2023 on 04/12/2023 and estimates the headline counts as estimateYear does', () => {
    const doc = report('annual', '2023', '2023-12-04');
    expect(doc.results.title).toBe('Kết quả thực hiện nhiệm vụ năm 2023 (số liệu đến 30/11/2023)');
    const cases = estimated(TCM_2023, TCM_2022);
    const visits = estimated(VISITS_2023, VISITS_2022);
    expect(cases.method).toBe('LAST_YEAR_SHAPE');
    const tcm = block(doc, 'disease.TCM')!.sentences;
    expect(tcm.at(-1)!.text).toBe(`Ước thực hiện cả năm 2023: ${cases.figure} ca mắc.`);
    expect(tcm.at(-1)!.figures).toEqual([{ item: 'TCM_CASES', span: 'month', value: TCM_2023.reduce((a, b) => a + b, 0) }]);
    const kcb = block(doc, 'medical-services.estimate')!.sentences[0]!;
    expect(kcb.text).toBe(`Ước thực hiện cả năm 2023: ${visits.figure} lượt khám bệnh, chữa bệnh.`);
    // One method for every estimate: its note is stated once, on the first.
    const notes = blocks(doc.results.sections).flatMap((b) => b.sentences.flatMap((s) => s.footnotes ?? [])).map((f) => f.text);
    expect(notes.filter((n) => n === ESTIMATE_METHOD_NOTES.LAST_YEAR_SHAPE)).toHaveLength(1);
    expect(tcm.at(-1)!.footnotes).toEqual([{ at: tcm.at(-1)!.text.length - 1, text: ESTIMATE_METHOD_NOTES.LAST_YEAR_SHAPE }]);
    expect(textOf(doc)).not.toMatch(/31\/12\/2023|04\/12\/2023/);
  });

  it('estimates linearly a count without a complete last year, each estimate then noting its own method', () => {
    const doc = report('annual', '2023', '2023-12-04', { drop: (r) => r.element === 'KCB_VISITS' && r.period === '202203' });
    const linear = estimated(VISITS_2023, [...VISITS_2022.slice(0, 2), null, ...VISITS_2022.slice(3)] as number[]);
    expect(linear.method).toBe('LINEAR');
    const kcb = block(doc, 'medical-services.estimate')!.sentences[0]!;
    expect(kcb.text).toBe(`Ước thực hiện cả năm 2023: ${linear.figure} lượt khám bệnh, chữa bệnh.`);
    expect(kcb.footnotes!.map((f) => f.text)).toEqual([ESTIMATE_METHOD_NOTES.LINEAR]);
    expect(block(doc, 'disease.TCM')!.sentences.at(-1)!.footnotes!.map((f) => f.text)).toEqual([ESTIMATE_METHOD_NOTES.LAST_YEAR_SHAPE]);
  });

  it('stops at the last month some form was counted in, and does not name later forms as missing', () => {
    const forms = [...Array.from({ length: 11 }, (_, i) => form(`2023${String(i + 1).padStart(2, '0')}`, 'submitted')), form('202312', 'missing')];
    const doc = report('annual', '2023', '2024-03-05', { forms });
    expect(doc.results.title).toBe('Kết quả thực hiện nhiệm vụ năm 2023 (số liệu đến 30/11/2023)');
    expect(block(doc, 'disease.TCM')!.sentences.at(-1)!.text).toContain('Ước thực hiện cả năm 2023');
    expect(textOf(doc)).not.toContain('tháng 12/2023');
    // The document's completeness still lists December's forms for the editor's banner.
    expect(doc.completeness!.missing.map((f) => f.period)).toEqual(['202312']);
  });

  it('estimates nothing from months whose forms are partly missing', () => {
    const forms = [form('202310', 'submitted'), { ...form('202311', 'submitted'), orgUnit: '601' }, form('202311', 'missing')];
    const doc = report('annual', '2023', '2023-12-04', { forms });
    expect(doc.results.title).toContain('(số liệu đến 30/11/2023)');
    expect(block(doc, 'completeness.disease')).toBeDefined();
    expect(block(doc, 'disease.TCM')!.sentences.map((s) => s.text).join(' ')).not.toContain('Ước thực hiện');
  });

  it('says above the targets table which forms of the months counted are missing, as each field does', () => {
    const visits: ReportTarget = {
      name: 'Số lượt khám bệnh', measure: 'lượt', direction: 'AT_LEAST', value: 1_000_000, actual: 1_011_000, percent: 101.1,
      status: 'EXCEEDED', estimate: 1_100_000, estimateStatus: 'EXCEEDED', to: '202311',
    };
    const forms = [form('202310', 'submitted'), { ...form('202311', 'submitted'), orgUnit: '601' }, form('202311', 'missing')];
    const partial = report('annual', '2023', '2023-12-04', { forms, targets: [visits] });
    const targets = partial.results.sections[0]!;
    expect(targets.key).toBe('targets');
    expect(targets.blocks[0]).toMatchObject({ kind: 'generated', id: 'completeness.targets' });
    expect(textOf(partial)).toContain(blocks([targets])[0]!.sentences[0]!.text);
    const whole = report('annual', '2023', '2023-12-04', { forms: forms.filter((f) => f.state !== 'missing'), targets: [visits] });
    expect(whole.results.sections[0]!.blocks.map((b) => b.kind)).toEqual(['free']);
  });

  it('writes no estimate and no cut-off once December is in', () => {
    const december = [...rowsOf('TCM_CASES', 2023, [...TCM_2023, 6]), ...rowsOf('KCB_VISITS', 2023, [...VISITS_2023, 99_000])].filter((r) => r.period === '202312');
    const doc = report('annual', '2023', '2024-01-15', { rows: december });
    expect(doc.results.title).toBe('Kết quả thực hiện nhiệm vụ năm 2023');
    expect(textOf(doc)).not.toContain('Ước thực hiện');
    expect(block(doc, 'medical-services.estimate')).toBeUndefined();
  });
});

describe('a period from January is its own year to date', () => {
  it('states the six months once: no year-to-date sentence repeats them, the deaths join the period', () => {
    const doc = report('half-year', '2023S1', '2024-01-15');
    const tcm = block(doc, 'disease.TCM')!.sentences.map((s) => s.text);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const [now, before, lastYear] = [sum(TCM_2023.slice(0, 6)), sum(TCM_2022.slice(6)), sum(TCM_2022.slice(0, 6))];
    expect([now, before, lastYear]).toEqual([42, 29, 40]);
    expect(tcm).toEqual([
      '- Tay - Chân - Miệng: Trong 6 tháng đầu năm, không có tử vong, ghi nhận 42 ca mắc mới tại huyện Đăk Hà, tăng 13 ca so với 6 tháng cuối năm 2022, tăng 02 ca so với 6 tháng đầu năm 2022.',
    ]);
    expect(textOf(doc)).not.toMatch(/Lũy tích|cùng kỳ năm trước/);
  });

  it.each([
    ['nine-month', '2023'],
    ['quarterly', '2023Q1'],
    ['annual', '2023'],
  ] as const)('the %s report %s has no year-to-date clause', (kind, code) => {
    expect(textOf(report(kind, code, '2024-01-15'))).not.toMatch(/Lũy tích đến|so với cùng kỳ năm trước/);
  });

  it('a quarter after the first keeps its year to date', () => {
    const text = textOf(report('quarterly', '2023Q3', '2024-01-15'));
    expect(text).toContain('Lũy tích đến 30/09/2023');
    expect(text).toContain('so với cùng kỳ năm trước');
  });
});
