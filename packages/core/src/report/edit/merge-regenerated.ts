/** Regeneration: fresh paragraphs from today's data, everything staff wrote kept from the previous version. */
import type { ReportDocument } from '../model.ts';
import { freeSlots, mapBlocks } from './blocks.ts';

/**
 * The fresh document's generated blocks with the previous header, plan and free texts (matched by slot). A slot the
 * fresh document no longer has is dropped with its text; a new slot starts empty.
 */
export function mergeRegenerated(fresh: ReportDocument, previous: ReportDocument): ReportDocument {
  const texts = new Map(freeSlots(previous).map((b) => [b.slot, b.text]));
  const merged = mapBlocks(fresh, (block) =>
    block.kind === 'free' && texts.has(block.slot) ? { ...block, text: texts.get(block.slot)! } : block,
  );
  return { ...merged, header: previous.header, plan: previous.plan };
}
