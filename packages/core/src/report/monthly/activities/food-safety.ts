import type { Block } from '../../model.ts';
import type { WriterContext } from '../context.ts';

/** This section's paragraphs (being written). */
export function foodSafetyBlocks(_ctx: WriterContext): Block[] {
  return [];
}
