/**
 * What the user has typed but not saved, kept as edits over the stored document rather than a copy of it:
 * when the stored version changes (a save, a regeneration, a reload after a conflict) the edits stay and
 * only those that still differ count as unsaved.
 */
import type { SaveReportRequest } from '@syt/core/api/reports.ts';
import { freeLines } from '@syt/core/report/layout.ts';
import type { Block, ReportDocument, ReportHeader, Section } from '@syt/core/report/model.ts';

/** Header lists are kept line by line as typed (empty lines too) so the text areas keep their cursor. */
export interface DraftEdits {
  header: Partial<ReportHeader>;
  freeText: Record<string, string>;
  /** Part II as typed, one task a line. */
  plan?: string;
}

export const NO_EDITS: DraftEdits = { header: {}, freeText: {} };

const LIST_FIELDS = ['recipients', 'distribution', 'signerTitle'] as const satisfies readonly (keyof ReportHeader)[];

function mapBlocks(sections: Section[], fn: (block: Block) => Block): Section[] {
  return sections.map((s) => ({ ...s, blocks: s.blocks.map(fn), children: mapBlocks(s.children, fn) }));
}

/** Every free-text slot of the document and its stored text. */
export function freeTexts(doc: ReportDocument): Record<string, string> {
  const out: Record<string, string> = {};
  mapBlocks(doc.results.sections, (block) => {
    if (block.kind === 'free') out[block.slot] = block.text;
    return block;
  });
  return out;
}

/** A header with its lists trimmed and empty lines dropped, as it will be stored and printed. */
function normalisedHeader(header: ReportHeader): ReportHeader {
  const out = { ...header };
  for (const field of LIST_FIELDS) out[field] = header[field].map((line) => line.trim()).filter(Boolean);
  return out;
}

const planItems = (text: string) => freeLines(text);

/** The document as the user sees it now: stored document with the edits laid over. */
export function applyEdits(doc: ReportDocument, edits: DraftEdits): ReportDocument {
  return {
    ...doc,
    header: normalisedHeader({ ...doc.header, ...edits.header }),
    results: {
      ...doc.results,
      sections: mapBlocks(doc.results.sections, (block) =>
        block.kind === 'free' && edits.freeText[block.slot] !== undefined
          ? { ...block, text: edits.freeText[block.slot]! }
          : block,
      ),
    },
    plan: edits.plan === undefined ? doc.plan : { ...doc.plan, items: planItems(edits.plan) },
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The save request for the edits that still differ from the stored document, or null when nothing does. */
export function pendingSave(doc: ReportDocument, edits: DraftEdits, baseVersion: number): SaveReportRequest | null {
  const effective = applyEdits(doc, edits);
  const request: SaveReportRequest = { baseVersion };
  if (!same(effective.header, doc.header)) request.header = effective.header;
  const stored = freeTexts(doc);
  const typed = freeTexts(effective);
  // All slots go together when one changed: the request then reads the same whether the server merges or replaces.
  if (Object.keys(typed).some((slot) => typed[slot] !== stored[slot])) request.freeText = typed;
  if (!same(effective.plan.items, doc.plan.items)) request.plan = effective.plan.items;
  return request.header || request.freeText || request.plan ? request : null;
}

/** The plan as the text area shows it. */
export function planText(doc: ReportDocument, edits: DraftEdits): string {
  return edits.plan ?? doc.plan.items.join('\n');
}

/** A header field as typed (lists joined by lines), for the header drawer. */
export function headerValue<K extends keyof ReportHeader>(
  doc: ReportDocument,
  edits: DraftEdits,
  key: K,
): ReportHeader[K] {
  return (edits.header[key] ?? doc.header[key]) as ReportHeader[K];
}
