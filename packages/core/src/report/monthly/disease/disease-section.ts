import type { Block } from '../../model.ts';
import type { WriterContext } from '../context.ts';

/** Section 1.1's generated paragraphs (being written). */
export function diseaseBlocks(_ctx: WriterContext): Block[] {
  return [];
}
