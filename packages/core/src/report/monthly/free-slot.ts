/** Free-text slots of the monthly report (kept apart from the writer so section writers can import it without a cycle). */
import type { FreeBlock } from '../model.ts';
import { FREE_TEXT_HINTS } from './free-text-hints.ts';

/** A free-text slot with its hint, empty until staff write in it. */
export function freeSlot(slot: keyof typeof FREE_TEXT_HINTS): FreeBlock {
  return { kind: 'free', slot, hint: FREE_TEXT_HINTS[slot], text: '' };
}
