import type { ReportDocument, ReportHeader } from '@syt/core/report/model.ts';
import { useCallback, useMemo, useState } from 'react';
import type { PaperEditing } from '../document/paper-body.tsx';
import { applyEdits, NO_EDITS, pendingSave, planText, type DraftEdits } from './report-draft.ts';

export interface ReportDraft {
  /** The document with the unsaved edits applied, for the page. */
  doc: ReportDocument;
  edits: DraftEdits;
  /** The in-place editing handlers for the paper. */
  editing: PaperEditing;
  setHeader: <K extends keyof ReportHeader>(key: K, value: ReportHeader[K]) => void;
  /** The save request for what differs from the stored version, or null when all is saved. */
  pending: ReturnType<typeof pendingSave>;
}

/** The unsaved edits of one report over its stored document (which may change underneath: see report-draft.ts). */
export function useReportDraft(stored: ReportDocument, version: number): ReportDraft {
  const [edits, setEdits] = useState<DraftEdits>(NO_EDITS);
  const doc = useMemo(() => applyEdits(stored, edits), [stored, edits]);
  const pending = useMemo(() => pendingSave(stored, edits, version), [stored, edits, version]);
  const setHeader = useCallback(<K extends keyof ReportHeader>(key: K, value: ReportHeader[K]) => {
    setEdits((e) => ({ ...e, header: { ...e.header, [key]: value } }));
  }, []);
  const editing = useMemo<PaperEditing>(
    () => ({
      freeText: (slot) => edits.freeText[slot] ?? findFreeText(stored, slot),
      onFreeText: (slot, text) => setEdits((e) => ({ ...e, freeText: { ...e.freeText, [slot]: text } })),
      planText: planText(stored, edits),
      onPlan: (text) => setEdits((e) => ({ ...e, plan: text })),
    }),
    [stored, edits],
  );
  return { doc, edits, editing, setHeader, pending };
}

function findFreeText(doc: ReportDocument, slot: string): string {
  const stack = [...doc.results.sections];
  while (stack.length > 0) {
    const section = stack.pop()!;
    for (const block of section.blocks) if (block.kind === 'free' && block.slot === slot) return block.text;
    stack.push(...section.children);
  }
  return '';
}
