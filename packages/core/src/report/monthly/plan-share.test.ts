import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../vi/number.ts';
import type { MonthlyReportInput } from '../input.ts';
import type { ReportDocument, Section } from '../model.ts';
import { writerContext } from './context.ts';
import { kontumReportInput } from './golden/seed-001-input.ts';
import { routineImmunisationBlock } from './activities/routine-immunisation.ts';
import { fakeContext, texts } from './activities/test-context.ts';
import { planShare, type PlanTarget } from './plan-share.ts';
import { writeMonthlyReport } from './write-monthly-report.ts';

const target = (item: string, value: number, direction: PlanTarget['direction'] = 'AT_LEAST', baseline: number | null = null): PlanTarget => ({
  item,
  direction,
  value,
  baseline,
});

/** Every generated sentence of the document, in order. */
function sentences(doc: ReportDocument): string[] {
  const walk = (s: Section): string[] => [
    ...s.blocks.flatMap((b) => (b.kind === 'generated' ? b.sentences.map((x) => x.text) : [])),
    ...s.children.flatMap(walk),
  ];
  return doc.results.sections.flatMap(walk);
}

/** `đạt 99,4% kế hoạch năm` worked out here from the figure and the target alone. */
const share = (actual: number, value: number) => `đạt ${formatNumber(Math.round((actual / value) * 1000) / 10, 1)}% kế hoạch năm`;

describe('the monthly report cites the year’s plan targets', () => {
  const seed = kontumReportInput('202311');
  const plain = writeMonthlyReport(seed);
  const withTargets = (planTargets: PlanTarget[]): MonthlyReportInput => ({ ...seed, planTargets });

  it('gives the share of the plan beside the year-to-date cases and the patients on ARV, from the figures stated', () => {
    const tb = seed.figures.total('LAO_CASES', 'yearToDate')!;
    const arv = seed.figures.total('HIV_ARV', 'month')!;
    const all = sentences(writeMonthlyReport(withTargets([target('LAO_CASES', 470), target('HIV_ARV', 195)])));
    expect(all.filter((s) => s.includes('kế hoạch năm'))).toEqual([
      `Lũy tích từ 01/01/2023 đến 30/11/2023, có 01 ca tử vong (Kon Plông), ghi nhận ${tb} ca mắc, tăng 82 ca so với cùng kỳ năm trước, ${share(tb, 470)}; trong đó: Lao phổi AFB (+): 350, lao phổi AFB (-): 49, lao ngoài phổi: 68.`,
      `- Công tác điều trị ARV: Tổng số bệnh nhân HIV/AIDS điều trị ARV đến 30/11/2023: ${arv} bệnh nhân (có 08 trẻ em), ${share(arv, 195)}.`,
    ]);
    expect(share(tb, 470)).toBe('đạt 99,4% kế hoạch năm');
  });

  it('cites nothing without targets: the report is seed 001’s, sentence for sentence', () => {
    expect(sentences(plain).join('\n')).not.toContain('kế hoạch năm');
    expect(writeMonthlyReport(withTargets([]))).toEqual(plain);
  });

  it('says nothing of a ceiling or a reduction, nor of a target on an item the report does not state', () => {
    const targets = [
      target('SXHD_CASES', 250, 'AT_MOST'),
      target('LAO_CASES', 5, 'REDUCE_BY', 500),
      target('HIV_ARV', 150, 'AT_MOST'),
      target('KCB_BEDS_PER_10K', 33),
    ];
    expect(writeMonthlyReport(withTargets(targets))).toEqual(plain);
  });

  it('says nothing while some forms are not counted, nor against a zero target', () => {
    const ctx = fakeContext({ LAO_CASES: { yearToDate: 467 } });
    const ref = { item: 'LAO_CASES', span: 'yearToDate' as const, value: 467 };
    const withPlan = (t: PlanTarget) => ({ ...ctx, input: { ...ctx.input, planTargets: [t] } });
    expect(planShare(withPlan(target('LAO_CASES', 470)), ref).map((c) => c.text)).toEqual(['đạt 99,4% kế hoạch năm']);
    expect(planShare({ ...withPlan(target('LAO_CASES', 470)), incomplete: true }, ref)).toEqual([]);
    expect(planShare(withPlan(target('LAO_CASES', 0)), ref)).toEqual([]);
    expect(planShare(withPlan(target('LAO_CASES', 470)), { ...ref, value: null })).toEqual([]);
  });

  it('places the share after the immunisation coverage, or after the children immunised when the target counts them', () => {
    const table = { TCMR_FULL_DONE: { yearToDate: 8_334 }, TCMR_FULL_TARGET: { yearToDate: 10_627 }, TCMR_FULL_COVERAGE: { yearToDate: 78.42 } };
    const write = (t: PlanTarget) => texts(routineImmunisationBlock(writerContext({ ...fakeContext(table).input, planTargets: [t] })));
    expect(write(target('TCMR_FULL_COVERAGE', 95))).toEqual([
      `- Tiêm chủng thường xuyên: Từ 01/01/2023 đến 30/11/2023, tiêm chủng đầy đủ cho 8.334/10.627 trẻ dưới 1 tuổi, tỷ lệ 78,42%, ${share(78.42, 95)}.`,
    ]);
    expect(write(target('TCMR_FULL_DONE', 10_000))).toEqual([
      '- Tiêm chủng thường xuyên: Từ 01/01/2023 đến 30/11/2023, tiêm chủng đầy đủ cho 8.334/10.627 trẻ dưới 1 tuổi, tỷ lệ 78,42%, đạt 83,3% kế hoạch năm.',
    ]);
  });
});
