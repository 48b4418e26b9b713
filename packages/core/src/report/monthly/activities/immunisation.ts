/** Section 1.2 (Tiêm chủng mở rộng): routine coverage and the campaigns from data, then staff's text (shortages…). */
import type { Block } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { freeSlot } from '../free-slot.ts';
import { CAMPAIGNS, campaignBlock } from './campaigns.ts';
import { routineImmunisationBlock } from './routine-immunisation.ts';

/** Section 1.2's paragraphs. */
export function immunisationBlocks(ctx: WriterContext): Block[] {
  return [
    ...routineImmunisationBlock(ctx),
    ...CAMPAIGNS.flatMap((campaign) => campaignBlock(ctx, campaign)),
    freeSlot('immunisation'),
  ];
}
