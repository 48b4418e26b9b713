/** Editing a stored report: saves, regeneration that keeps staff's text, and version comparison. */
export { applySave, UnknownSlotError, type ReportEdit } from './apply-save.ts';
export { mergeRegenerated } from './merge-regenerated.ts';
export { compareDocuments } from './compare.ts';
export { freeSlots, generatedBlocks, mapBlocks, placedBlocks, type PlacedBlock } from './blocks.ts';
