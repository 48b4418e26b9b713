/** Reading section 1.1's figures: counts (nothing stored reads as zero) and district shares with their references. */
import { districtCounts, type DistrictCount } from '../../../vi/district-list.ts';
import type { FigureRef, FigureSpan } from '../../model.ts';
import { figureRef, type WriterContext } from '../context.ts';

/**
 * A count over the report's unit. An empty cell of a disease form means no case, so nothing stored reads as zero;
 * the figure reference still carries the null so the editor can show that nothing was reported.
 */
export function count(ctx: WriterContext, item: string, span: FigureSpan): number {
  return ctx.figures.total(item, span) ?? 0;
}

/** A figure and its reference, read together. */
export interface Counted {
  value: number;
  ref: FigureRef;
}

/** `item` over `span` with its reference. */
export function counted(ctx: WriterContext, item: string, span: FigureSpan): Counted {
  return { value: count(ctx, item, span), ref: figureRef(ctx, item, span) };
}

/** A figure's district shares, ordered for a list, with one reference per district named. */
export interface Shares {
  counts: DistrictCount[];
  refs: FigureRef[];
}

/** The districts' shares of `item` over `span`, largest first, ties in canonical order. */
export function shares(ctx: WriterContext, item: string, span: FigureSpan): Shares {
  const counts = districtCounts(ctx.children, ctx.figures.byUnit(item, span));
  return { counts, refs: counts.map((d) => figureRef(ctx, item, span, d.unit.code)) };
}
