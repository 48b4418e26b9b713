/** Section 1.2's routine immunisation: children under one fully immunised since the start of the year. */
import { formatCount, formatPercent } from '../../../vi/number.ts';
import type { GeneratedBlock } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { planShareSuffix } from '../plan-share.ts';
import { cite, decimalsOf, generatedBlock, readFigures } from './read.ts';

/** `- Tiêm chủng thường xuyên: Từ 01/01/2023 đến 30/11/2023, tiêm chủng đầy đủ cho 8.334/10.627 trẻ dưới 1 tuổi, tỷ lệ 78,42%.` */
export function routineImmunisationBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(
    ctx,
    { done: 'TCMR_FULL_DONE', target: 'TCMR_FULL_TARGET', coverage: 'TCMR_FULL_COVERAGE' },
    'yearToDate',
  );
  const target = f.target.value;
  if (target === null || target <= 0 || f.done.value === null) return [];
  const coverage = f.coverage.value;
  // Coverage keeps the indicator's two decimals (REPORT_STYLE: vaccination coverage may carry two).
  const rate = coverage === null ? '' : `, tỷ lệ ${formatPercent(coverage, decimalsOf(ctx, f.coverage.item, 2))}`;
  const counts = `${formatCount(f.done.value)}/${formatCount(target)} trẻ dưới 1 tuổi`;
  // A target set on the coverage is cited beside it; one set on the number of children, beside that.
  const plan = coverage === null ? planShareSuffix(ctx, f.done) : planShareSuffix(ctx, f.coverage) || planShareSuffix(ctx, f.done);
  const text = `- Tiêm chủng thường xuyên: Từ ${ctx.yearStart} đến ${ctx.monthEnd}, tiêm chủng đầy đủ cho ${counts}${rate}${plan}.`;
  return generatedBlock('immunisation.routine', [sentence(text, cite(f))]);
}
