/** Section 2's food poisoning: sporadic cases, outbreaks, deaths, or none. */
import { formatCount } from '../../../vi/number.ts';
import type { GeneratedBlock } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { cite, countOf, generatedBlock, readFigures } from './read.ts';
import { joinWithAnd } from './words.ts';

/** `- Tình hình ngộ độc thực phẩm: Ghi nhận 04 ca ngộ độc thực phẩm lẻ tẻ.`, or `Không ghi nhận ngộ độc thực phẩm.` */
export function poisoningBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, {
    outbreaks: 'ATTP_POISONING_OUTBREAKS',
    cases: 'ATTP_POISONING_CASES',
    deaths: 'ATTP_POISONING_DEATHS',
  });
  const [outbreaks, cases, deaths] = [countOf(f.outbreaks), countOf(f.cases), countOf(f.deaths)];
  const events = [
    outbreaks > 0 ? `${formatCount(outbreaks)} vụ ngộ độc thực phẩm` : '',
    cases > 0 ? `${formatCount(cases)} ca ngộ độc thực phẩm lẻ tẻ` : '',
  ].filter(Boolean);
  // Deaths are only worth a clause when there are some; the seed reports none without saying so.
  const died = deaths > 0 ? `, có ${formatCount(deaths)} trường hợp tử vong` : '';
  const body = events.length > 0 ? `Ghi nhận ${joinWithAnd(events)}${died}` : deathsOnly(deaths);
  return generatedBlock('food-safety.poisoning', [sentence(`- Tình hình ngộ độc thực phẩm: ${body}.`, cite(f))]);
}

/** Without a case or an outbreak, only deaths (a data entry slip, but stated rather than hidden) or nothing. */
function deathsOnly(deaths: number): string {
  return deaths > 0
    ? `Ghi nhận ${formatCount(deaths)} trường hợp tử vong do ngộ độc thực phẩm`
    : 'Không ghi nhận ngộ độc thực phẩm';
}
