/**
 * A section written only from the forms the report counts. All forms counted: the section as usual. Some missing:
 * a note naming the units first, and the writers state no zero, comparison or "not recorded" (`ctx.incomplete`).
 * None counted: the figures are not yet available, said in one sentence; staff's free text stays.
 */
import { sectionForms, type ReportForm } from '../completeness.ts';
import type { Block, GeneratedBlock } from '../model.ts';
import {
  draftFiguresNote, figuresFromSomeUnits, figuresNotYetAvailable, periodFiguresFromSomeForms, periodFiguresNotYetAvailable,
} from '../../vi/report-completeness.ts';
import type { WriterContext } from './context.ts';

/** The blocks `write` gives for the section `key`, guarded by the forms of `dataSets`. */
export function guardedBlocks(
  ctx: WriterContext, key: string, dataSets: readonly string[], write: (ctx: WriterContext) => Block[],
): Block[] {
  const forms = sectionForms(ctx.completeness, dataSets);
  if (forms.ungoverned) return write(ctx);
  const others = (list: ReportForm[]) => list.filter((f) => f.orgUnit !== ctx.input.orgUnit.code);
  // A month's forms are named by unit; a report over several months names each missing form's month too.
  const monthly = ctx.period.kind === 'monthly';
  if (forms.counted.length === 0) {
    const free = write(ctx).filter((b) => b.kind === 'free');
    const missing = others(forms.missing);
    const text = monthly ? figuresNotYetAvailable(ctx.year, ctx.month, missing) : periodFiguresNotYetAvailable(ctx.words.reference, missing);
    return [note(key, text), ...free];
  }
  const notes: GeneratedBlock[] = [];
  if (forms.missing.length > 0) {
    const received = forms.counted.length;
    const text = monthly
      ? figuresFromSomeUnits(ctx.year, ctx.month, received, forms.missing)
      : periodFiguresFromSomeForms(ctx.words.reference, received, forms.missing);
    notes.push(note(key, text));
  }
  if (forms.drafts.length > 0) {
    const drafts = others(forms.drafts);
    notes.push(note(`${key}.drafts`, draftFiguresNote(monthly ? drafts : drafts.filter((f, i) => drafts.findIndex((g) => g.orgUnit === f.orgUnit) === i))));
  }
  return [...notes, ...write({ ...ctx, incomplete: forms.missing.length > 0 })];
}

const note = (key: string, text: string): GeneratedBlock => ({
  kind: 'generated',
  id: `completeness.${key}`,
  sentences: [{ text, figures: [] }],
});

/** The data sets holding any of `elements`; every data set holding none when `elements` is null. */
export function dataSetsHolding(ctx: WriterContext, elements: readonly string[] | null, exclude: readonly string[] = []): string[] {
  const all = Object.entries(ctx.input.dataSetElements ?? {});
  if (elements === null) return all.map(([code]) => code).filter((code) => !exclude.includes(code));
  return all.filter(([, held]) => held.some((e) => elements.includes(e))).map(([code]) => code);
}
