/** A staff edit laid onto a stored report: header fields, free texts by slot, part II's tasks. */
import type { SaveReportRequest } from '../../api/reports.ts';
import { mergeHeader } from '../header.ts';
import type { ReportDocument } from '../model.ts';
import { freeSlots, mapBlocks } from './blocks.ts';

/** A free text addressed to a slot the document does not have. */
export class UnknownSlotError extends Error {
  constructor(readonly slot: string) {
    super(`Unknown free-text slot: ${slot}`);
    this.name = 'UnknownSlotError';
  }
}

export type ReportEdit = Pick<SaveReportRequest, 'header' | 'freeText' | 'plan'>;

/** The document with the edit's fields replacing the stored ones; throws UnknownSlotError naming the first bad slot. */
export function applySave(doc: ReportDocument, edit: ReportEdit): ReportDocument {
  const texts = edit.freeText ?? {};
  const known = new Set(freeSlots(doc).map((b) => b.slot));
  const unknown = Object.keys(texts).find((slot) => !known.has(slot));
  if (unknown !== undefined) throw new UnknownSlotError(unknown);
  let next = mapBlocks(doc, (block) =>
    block.kind === 'free' && Object.hasOwn(texts, block.slot) ? { ...block, text: clean(texts[block.slot]!) } : block,
  );
  if (edit.header) next = { ...next, header: mergeHeader(next.header, cleanHeader(edit.header)) };
  if (edit.plan) next = { ...next, plan: { ...next.plan, items: edit.plan.map(clean) } };
  return next;
}

// Typed text arrives in whatever normalisation the keyboard produced; stored text is NFC so comparisons hold.
const clean = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n');

function cleanHeader(header: NonNullable<ReportEdit['header']>): NonNullable<ReportEdit['header']> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(header)) {
    if (typeof value === 'string') out[key] = clean(value);
    else if (Array.isArray(value)) out[key] = value.map((v: string) => clean(v));
    else out[key] = value;
  }
  return out as NonNullable<ReportEdit['header']>;
}
