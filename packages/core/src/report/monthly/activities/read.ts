/** Reading a section's figures: named references for its sentences, counts, and the blocks they make. */
import type { FigureRef, FigureSpan, GeneratedBlock, Sentence } from '../../model.ts';
import { figureRef, type WriterContext } from '../context.ts';

/** Each named item's reference for one span: `readFigures(ctx, { cases: 'HIV_NEW' }).cases`. */
export function readFigures<K extends string>(
  ctx: WriterContext,
  items: Record<K, string>,
  span: FigureSpan = 'month',
): Record<K, FigureRef> {
  const out = {} as Record<K, FigureRef>;
  for (const key of Object.keys(items) as K[]) out[key] = figureRef(ctx, items[key], span);
  return out;
}

/** Whether anything at all is stored behind the references (a section with nothing stored writes nothing). */
export function anyStored(refs: Record<string, FigureRef> | readonly FigureRef[]): boolean {
  return Object.values(refs).some((ref: FigureRef) => ref.value !== null);
}

/**
 * A count to write: nothing stored reads as 0, because a submitted form keeps no row for a zero (as in DHIS2);
 * callers first check with `anyStored` that the section was reported at all.
 */
export function countOf(ref: FigureRef): number {
  return ref.value ?? 0;
}

/** The references of a named set, in declaration order, to cite in a sentence. */
export function cite(refs: Record<string, FigureRef>): FigureRef[] {
  return Object.values(refs);
}

/** The number of decimals the package gives an indicator (coverage, occupancy); `fallback` when it is unknown. */
export function decimalsOf(ctx: WriterContext, indicator: string, fallback: number): number {
  return ctx.input.indicators.find((i) => i.code === indicator)?.decimals ?? fallback;
}

/** A generated block of the sentences that were written, or none when there are none. */
export function generatedBlock(id: string, sentences: readonly (Sentence | null)[]): GeneratedBlock[] {
  const written = sentences.filter((s): s is Sentence => s !== null);
  return written.length > 0 ? [{ kind: 'generated', id, sentences: written }] : [];
}
