/**
 * The report written from data: every section in order, generated paragraphs and free-text slots. The monthly report
 * and the periodic ones (quarter, six months, nine months, year) share it: the context words each for its period.
 */
import type { MonthlyReportInput } from '../input.ts';
import type { Block, ReportDocument, Section } from '../model.ts';
import { writerContext, type WriterContext } from './context.ts';
import { diseaseBlocks } from './disease/disease-section.ts';
import { drugTestingBlocks } from './activities/drug-testing.ts';
import { foodSafetyBlocks } from './activities/food-safety.ts';
import { forensicBlocks } from './activities/forensic.ts';
import { hivBlocks } from './activities/hiv.ts';
import { immunisationBlocks } from './activities/immunisation.ts';
import { medicalServicesBlocks } from './activities/medical-services.ts';
import { populationBlocks } from './activities/population.ts';
import { dataSetsHolding, guardedBlocks } from './completeness-guard.ts';
import { freeSlot } from './free-slot.ts';
import { closingSections, targetsSection } from '../annual/annual-sections.ts';
import { noteMethodsOnce, withYearEstimate } from '../annual/year-estimates.ts';
import { countedThroughTitle } from '../../vi/estimate-words.ts';

export { freeSlot };

const section = (key: string, title: string, blocks: Block[], extra: Partial<Section> = {}): Section => ({
  key,
  title,
  blocks,
  children: [],
  ...extra,
});

/** Part I's sections for the period, generated paragraphs filled, free text empty. */
export function resultSections(ctx: WriterContext): Section[] {
  const monthWords = ctx.words.inTitle;
  // Section 1.1 rests on the forms holding the diseases' cases; the other figure sections on the remaining forms.
  const diseaseSets = dataSetsHolding(ctx, ctx.input.diseases.map((d) => d.casesElement));
  const activitySets = dataSetsHolding(ctx, null, diseaseSets);
  const disease = (c: WriterContext) => [...diseaseBlocks(c), freeSlot('disease')];
  const guarded = (key: string, write: (c: WriterContext) => Block[]) =>
    guardedBlocks(ctx, key, key === 'disease' ? diseaseSets : activitySets, (c) => withYearEstimate(c, key, write(c)));
  return [
    section('prevention', 'Công tác y tế dự phòng', [], {
      children: [
        section('disease', `Tình hình dịch bệnh ${monthWords}:`, guarded('disease', disease)),
        section('immunisation', 'Tiêm chủng mở rộng:', guarded('immunisation', immunisationBlocks)),
        section('hiv', 'Phòng chống HIV/AIDS:', guarded('hiv', hivBlocks)),
        section('ncd', 'Phòng chống bệnh không lây nhiễm (BKLN):', [freeSlot('ncd')]),
        section('environment', 'Sức khỏe môi trường – y tế trường học – bệnh nghề nghiệp:', [freeSlot('environment')]),
        section('communication', 'Truyền thông, giáo dục sức khỏe:', [freeSlot('communication')], { runIn: true }),
      ],
    }),
    section('food-safety', 'An toàn vệ sinh thực phẩm:', guarded('food-safety', foodSafetyBlocks)),
    section('medical-services', 'Khám chữa bệnh:', guarded('medical-services', medicalServicesBlocks), { runIn: true }),
    section('population', 'Dân số, sức khỏe sinh sản và dinh dưỡng:', guarded('population', populationBlocks)),
    section('forensic', 'Công tác giám định:', guarded('forensic', forensicBlocks), { runIn: true }),
    section(
      'drug-testing',
      'Công tác kiểm nghiệm, giám sát chất lượng thuốc, mỹ phẩm và thực phẩm chức năng:',
      guarded('drug-testing', drugTestingBlocks),
      { runIn: true },
    ),
    section('other', 'Các nhiệm vụ trọng tâm khác', [freeSlot('other')]),
  ];
}

/** The annual review's Part I: the targets' table, the results by field, then the assessment and proposals. */
function annualSections(ctx: WriterContext): Section[] {
  const table = targetsSection(ctx.year, ctx.input.targets);
  // The targets are measured from every form, so their table says which forms of the months counted are missing.
  const targets = table && { ...table, blocks: guardedBlocks(ctx, 'targets', dataSetsHolding(ctx, null), () => table.blocks) };
  return [...(targets ? [targets] : []), ...noteMethodsOnce(resultSections(ctx)), ...closingSections(ctx.year)];
}

/** Part I's title; a report whose figures stop before its period's end says where (`… (số liệu đến 30/11/2023)`). */
function resultsTitle(ctx: WriterContext): string {
  return ctx.through < ctx.period.lastMonth ? countedThroughTitle(ctx.words.resultsTitle, ctx.monthEnd) : ctx.words.resultsTitle;
}

/** The whole report: header as given, part I written from the figures, part II empty (staff and tasks fill it). */
export function writeMonthlyReport(input: MonthlyReportInput): ReportDocument {
  const ctx = writerContext(input);
  const { subject } = ctx.words;
  const unitInSentence = input.orgUnit.sentenceName ?? input.orgUnit.name;
  return {
    kind: ctx.period.kind,
    orgUnit: { code: input.orgUnit.code, name: input.orgUnit.name },
    period: input.period,
    header: input.header,
    title: 'BÁO CÁO',
    subject,
    opening: `Sở Y tế báo cáo ${subject} của ngành Y tế ${unitInSentence} như sau:`,
    results: { title: resultsTitle(ctx), sections: ctx.period.kind === 'annual' ? annualSections(ctx) : resultSections(ctx) },
    plan: { title: ctx.words.planTitle, items: [] },
    ...(input.completeness ? { completeness: input.completeness } : {}),
  };
}
