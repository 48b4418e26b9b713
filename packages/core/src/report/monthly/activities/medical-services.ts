/** Section 3 (Khám chữa bệnh): staff's opening remark, then visits, inpatients and bed occupancy against last month. */
import { formatCount } from '../../../vi/number.ts';
import { percentChange } from '../../../vi/percent-change.ts';
import type { Block } from '../../model.ts';
import { figureRef, sentence, type WriterContext } from '../context.ts';
import { freeSlot } from '../free-slot.ts';
import { bedOccupancyClause } from './bed-occupancy.ts';
import { joinClauses, type Clause } from './clause.ts';
import { generatedBlock } from './read.ts';
import { capitalise } from './words.ts';

const PUBLIC_FACILITIES = 'tại các cơ sở khám bệnh, chữa bệnh công lập';

/** Section 3's paragraphs: the free remark first (it opens the run-in heading), the figures after it. */
export function medicalServicesBlocks(ctx: WriterContext): Block[] {
  const visits = countClause(ctx, 'KCB_VISITS', 'lượt khám bệnh, chữa bệnh', true);
  const inpatients = countClause(ctx, 'KCB_INPATIENTS', 'lượt điều trị nội trú', visits === null);
  const volume = [visits, inpatients].filter((c): c is Clause => c !== null);
  const parts = [volume.length > 0 ? joinClauses(volume, ' và ') : null, bedOccupancyClause(ctx)];
  const present = parts.filter((c): c is Clause => c !== null);
  if (present.length === 0) return [freeSlot('medical-services')];
  const all = joinClauses(present, '; ');
  const figures = generatedBlock('medical-services.figures', [sentence(`${capitalise(all.text)}.`, all.figures)]);
  return [freeSlot('medical-services'), ...figures];
}

/**
 * `tổng số lượt khám bệnh, chữa bệnh tại … trong tháng 86.384 lượt người, giảm 8,7% so với tháng trước`; the
 * first count of the sentence names the facilities, the second (`số lượt điều trị nội trú …`) leans on it.
 */
function countClause(ctx: WriterContext, item: string, what: string, opensSentence: boolean): Clause | null {
  const now = figureRef(ctx, item, 'month');
  if (now.value === null) return null;
  // The percent change is against the period before; a kind not compared with it states the count alone.
  const before = ctx.words.previous === null ? null : figureRef(ctx, item, 'previousMonth');
  const change = before ? percentChange(now.value, before.value, `so với ${ctx.words.previous}`) : null;
  const subject = opensSentence ? `tổng số ${what} ${PUBLIC_FACILITIES} trong ${ctx.words.within}` : `số ${what}`;
  const text = `${subject} ${formatCount(now.value)} lượt người${change ? `, ${change}` : ''}`;
  return { text, figures: before ? [now, before] : [now] };
}
