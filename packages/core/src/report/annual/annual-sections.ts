/**
 * The annual review (báo cáo tổng kết năm) as seed 002 outlines it: the plan targets' achievement as a table first,
 * then the results by field (the monthly report's sections over the year), the overall assessment (strengths,
 * limitations and their causes), next year's proposed targets and the recommendations as free text with prompts.
 * Next year's tasks are Part II.
 */
import { ACHIEVEMENT_WORDS, ANNUAL_WORDS, ESTIMATED_ACHIEVEMENT_WORDS, planWords, tableFigure, targetColumns } from '../../vi/target-words.ts';
import { formatViDate } from '../../vi/date.ts';
import type { AchievementStatus, TargetDirection } from '../../targets/index.ts';
import type { FreeBlock, ReportTable, Section } from '../model.ts';

/** A target of the report's unit for the year, with its achievement to date and the year's estimate. */
export interface ReportTarget {
  /** The item's name (`Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ`). */
  name: string;
  /** `%`, `giường/10.000 dân`. */
  measure: string;
  direction: TargetDirection;
  value: number;
  actual: number | null;
  percent: number | null;
  status: AchievementStatus | null;
  /** The year's value as estimated; null when nothing was reported. */
  estimate: number | null;
  /** The estimate judged against the plan; null without an estimate. */
  estimateStatus?: AchievementStatus | null;
  /** The last month counted, `YYYYMM`; null before the year began. */
  to: string | null;
}

const slot = (key: keyof typeof ANNUAL_WORDS.hints): FreeBlock => ({ kind: 'free', slot: key, hint: ANNUAL_WORDS.hints[key], text: '' });

const section = (key: string, title: string, blocks: Section['blocks'], extra: Partial<Section> = {}): Section => ({
  key,
  title,
  blocks,
  children: [],
  ...extra,
});

/** `202311` → `30/11/2023`: the last day of the last month counted. */
function monthEnd(code: string): string {
  const [year, month] = [Number(code.slice(0, 4)), Number(code.slice(4, 6))];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatViDate(`${code.slice(0, 4)}-${code.slice(4, 6)}-${String(last).padStart(2, '0')}`);
}

/** The achievement table: one row a target, in the order given. */
export function targetsTable(year: number, targets: readonly ReportTarget[]): ReportTable {
  const through = targets.map((t) => t.to).filter((to): to is string => to !== null).sort().at(-1) ?? null;
  return {
    id: 'targets',
    columns: targetColumns(year, through ? monthEnd(through) : null),
    rows: targets.map((t, i) => [
      String(i + 1),
      t.name,
      t.measure,
      planWords(t.direction, t.value),
      tableFigure(t.actual),
      tableFigure(t.percent),
      tableFigure(estimateFigure(t)),
      judgement(year, t),
    ]),
  };
}

/** A count's estimate is a whole count (`512`, not `511,88`): a figure to date in whole numbers is counted, not measured. */
function estimateFigure(t: ReportTarget): number | null {
  return t.estimate !== null && t.actual !== null && Number.isInteger(t.actual) ? Math.round(t.estimate) : t.estimate;
}

/**
 * A year still running is judged by its estimate (`Ước đạt`): the figures to 30/11 are not the year's result. A
 * year fully counted is judged by its figures.
 */
function judgement(year: number, t: ReportTarget): string {
  if (t.to === `${year}12`) return t.status ? ACHIEVEMENT_WORDS[t.status] : '—';
  return t.estimateStatus ? ESTIMATED_ACHIEVEMENT_WORDS[t.estimateStatus] : '—';
}

/** The targets section, first in Part I; null without targets (the year has none set). */
export function targetsSection(year: number, targets: readonly ReportTarget[] | undefined): Section | null {
  if (!targets || targets.length === 0) return null;
  return section('targets', ANNUAL_WORDS.targets(year), [slot('targets')], { table: targetsTable(year, targets) });
}

/** The sections after the fields' results: the assessment, next year's proposed targets, the recommendations. */
export function closingSections(year: number): Section[] {
  return [
    section('assessment', ANNUAL_WORDS.assessment, [], {
      children: [section('strengths', ANNUAL_WORDS.strengths, [slot('strengths')]), section('limitations', ANNUAL_WORDS.limitations, [slot('limitations')])],
    }),
    section('proposed-targets', ANNUAL_WORDS.proposedTargets(year + 1), [slot('proposed-targets')]),
    section('recommendations', ANNUAL_WORDS.recommendations, [slot('recommendations')]),
  ];
}
