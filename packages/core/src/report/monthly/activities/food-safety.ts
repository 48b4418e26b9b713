/** Section 2 (An toàn vệ sinh thực phẩm): staff's communication and province-level inspections, then the figures. */
import type { Block } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { freeSlot } from '../free-slot.ts';
import { certificatesBlock, inspectionsBlock } from './food-safety-licensing.ts';
import { poisoningBlock } from './food-poisoning.ts';
import { anyStored, readFigures } from './read.ts';

/** Every element of the section: one stored is enough for the section to have been reported. */
const FOOD_SAFETY_ITEMS = [
  'ATTP_CERT_NEW',
  'ATTP_CERT_RENEWED',
  'ATTP_SELF_DECLARED',
  'ATTP_INSPECTED',
  'ATTP_INSPECTED_PASSED',
  'ATTP_POISONING_CASES',
  'ATTP_POISONING_OUTBREAKS',
  'ATTP_POISONING_DEATHS',
];

/** Section 2's paragraphs; the free slot comes first, as the province's own activities open the section. */
export function foodSafetyBlocks(ctx: WriterContext): Block[] {
  const all = readFigures(ctx, Object.fromEntries(FOOD_SAFETY_ITEMS.map((item) => [item, item])));
  if (!anyStored(all)) return [freeSlot('food-safety')];
  return [freeSlot('food-safety'), ...certificatesBlock(ctx), ...inspectionsBlock(ctx), ...poisoningBlock(ctx)];
}
