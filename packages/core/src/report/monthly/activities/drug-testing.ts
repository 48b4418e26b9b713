/** Section 6 (Công tác kiểm nghiệm …): samples tested and passed, samples collected, then staff's text. */
import { formatCount } from '../../../vi/number.ts';
import type { Block, FigureRef, Sentence } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { freeSlot } from '../free-slot.ts';
import { anyStored, countOf, generatedBlock, readFigures } from './read.ts';

/** Section 6's paragraphs; nothing generated when no sample figure is stored. */
export function drugTestingBlocks(ctx: WriterContext): Block[] {
  const f = readFigures(ctx, {
    tested: 'KN_SAMPLES_TESTED',
    passed: 'KN_SAMPLES_PASSED',
    collected: 'KN_SAMPLES_COLLECTED',
  });
  if (!anyStored(f)) return [freeSlot('drug-testing')];
  const collected = countOf(f.collected);
  // Where the samples were taken and what was monitored is staff's text in the free slot after this paragraph.
  const sampling =
    collected > 0
      ? sentence(`Triển khai công tác lấy mẫu thuốc để kiểm nghiệm chất lượng: ${formatCount(collected)} mẫu.`, [
          f.collected,
        ])
      : null;
  const sentences = [testedSentence(ctx, f), sampling];
  return [...generatedBlock('drug-testing.figures', sentences), freeSlot('drug-testing')];
}

/**
 * `Tổng số mẫu kiểm nghiệm trong tháng: 13 mẫu; kết quả kiểm nghiệm 13 mẫu đạt.` — the seed's breakdown by sample
 * type (`thuốc hóa dược: 13 mẫu`) has no element, so it is left out rather than guessed.
 */
function testedSentence(ctx: WriterContext, f: Record<'tested' | 'passed', FigureRef>): Sentence {
  const [tested, passed] = [countOf(f.tested), countOf(f.passed)];
  const refs = [f.tested, f.passed];
  if (tested === 0) return sentence(`Trong ${ctx.words.within}, không có mẫu kiểm nghiệm.`, refs);
  const failed = tested - passed;
  const result =
    failed > 0
      ? `${formatCount(passed)} mẫu đạt, ${formatCount(failed)} mẫu không đạt`
      : `${formatCount(passed)} mẫu đạt`;
  return sentence(
    `Tổng số mẫu kiểm nghiệm trong ${ctx.words.within}: ${formatCount(tested)} mẫu; kết quả kiểm nghiệm ${result}.`,
    refs,
  );
}
