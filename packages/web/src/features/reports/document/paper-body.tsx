import { layoutBody, type PrintParagraph, type PrintRun } from '@syt/core/report/layout.ts';
import type { ReportDocument, Section } from '@syt/core/report/model.ts';
import { useMemo, type ReactNode } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { FreeTextSlot } from './free-text-slot.tsx';
import { PaperRuns } from './paper-runs.tsx';
import { PaperTable } from './paper-table.tsx';
import { PlanEditor } from './plan-editor.tsx';
import classes from './paper.module.css';

/** What the page may change in place; absent for a read-only document. */
export interface PaperEditing {
  freeText: (slot: string) => string;
  onFreeText: (slot: string, text: string) => void;
  planText: string;
  onPlan: (text: string) => void;
}

function slotHints(sections: Section[], out = new Map<string, string>()): Map<string, string> {
  for (const section of sections) {
    for (const block of section.blocks) if (block.kind === 'free') out.set(block.slot, block.hint);
    slotHints(section.children, out);
  }
  return out;
}

function footnoteNumbers(paragraphs: PrintParagraph[]): Map<PrintRun, number> {
  const numbers = new Map<PrintRun, number>();
  for (const p of paragraphs)
    for (const run of p.runs) if (run.footnote !== undefined) numbers.set(run, numbers.size + 1);
  return numbers;
}

/**
 * Part I and part II as the print layout gives them. When editing, empty slots are kept and each slot's
 * paragraphs are replaced by one text area where the first of them prints (after the heading of a run-in section).
 */
export function PaperBody({ doc, editing }: { doc: ReportDocument; editing?: PaperEditing }) {
  const editable = editing !== undefined;
  const paragraphs = useMemo(() => layoutBody(doc, { keepEmptySlots: editable }), [doc, editable]);
  const hints = useMemo(() => slotHints(doc.results.sections), [doc]);
  const footnotes = useMemo(() => footnoteNumbers(paragraphs), [paragraphs]);
  const out: ReactNode[] = [];
  const seenSlots = new Set<string>();
  paragraphs.forEach((p, i) => {
    const key = `${i}`;
    const slot = editing && p.slot;
    if (slot) {
      if (seenSlots.has(slot)) return;
      seenSlots.add(slot);
      // A run-in heading carries the slot's first line: print the heading alone, the text area under it.
      if (p.role !== 'body')
        out.push(
          <p key={`${slot}-heading`} className={classes.p}>
            <PaperRuns paragraph={{ ...p, runs: p.runs.slice(0, 1) }} footnotes={footnotes} orgUnit={doc.orgUnit} kind={doc.kind} />
          </p>,
        );
      out.push(
        <FreeTextSlot
          key={`slot-${slot}`}
          slot={slot}
          hint={hints.get(slot) ?? ''}
          value={editing.freeText(slot)}
          onChange={(text) => editing.onFreeText(slot, text)}
        />,
      );
      return;
    }
    if (p.role === 'plan-item' && editing) return;
    if (p.table) {
      out.push(<PaperTable key={key} table={p.table} />);
      return;
    }
    out.push(
      <p key={key} className={classes.p} data-role={p.role} data-block-id={p.blockId}>
        <PaperRuns paragraph={p} footnotes={footnotes} orgUnit={doc.orgUnit} kind={doc.kind} />
      </p>,
    );
  });
  const plan = editing ? (
    <PlanEditor key="plan" title={doc.plan.title} value={editing.planText} onChange={editing.onPlan} />
  ) : doc.plan.items.length === 0 ? (
    <p key="plan" className={`${classes.p} ${classes.empty}`}>
      {vi.reports.document.planEmpty}
    </p>
  ) : null;
  // Part II's heading is the last paragraph before its items, so the tasks' editor goes at the end.
  if (plan) out.push(plan);
  return (
    <>
      {out}
      {footnotes.size > 0 && (
        <div className={classes.footnotes}>
          {[...footnotes].map(([run, n]) => (
            <p key={n} className={classes.footnoteText}>
              <sup>{n}</sup> {run.footnote}
            </p>
          ))}
        </div>
      )}
    </>
  );
}
