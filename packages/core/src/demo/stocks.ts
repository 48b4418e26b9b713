/** Stocks and registers (LAST elements): running totals and slowly wandering levels through a known month. */
import { monthIndex, setSeries, zeros, type DemoContext } from './context.ts';
import { normal, poisson, randomFor } from './random.ts';
import { SEED_001_SPANS } from './seed-001-targets.ts';

/** The month the report's stock figures refer to. */
export const ANCHOR_MONTH = SEED_001_SPANS.month.from;

/** A running total through `value` at `anchor`: later months add the flow, earlier ones take it off (never below 0). */
export function anchoredCumulative(flow: readonly number[], anchor: number, value: number): number[] {
  const out = flow.map(() => 0);
  out[anchor] = value;
  for (let m = anchor + 1; m < flow.length; m++) out[m] = out[m - 1]! + flow[m]!;
  for (let m = anchor - 1; m >= 0; m--) out[m] = Math.max(0, out[m + 1]! - flow[m + 1]!);
  return out;
}

export interface WalkOptions {
  /** Average change per month, forward in time. */
  drift: number;
  /** Standard deviation of the monthly change. */
  step: number;
  /** Upper bound per month (a stock that is part of another). */
  hi?: readonly number[];
}

/** A level wandering through `value` at `anchor`, within [0, hi]; draws are keyed by `key` and month. */
export function anchoredWalk(ctx: DemoContext, key: string, anchor: number, value: number, o: WalkOptions): number[] {
  const out = ctx.months.map(() => 0);
  const clamp = (v: number, m: number) => Math.max(0, Math.min(o.hi?.[m] ?? Infinity, Math.round(v)));
  const change = (m: number) => o.drift + o.step * normal(randomFor(ctx.seed, key, 'walk', ctx.months[m]!));
  out[anchor] = value;
  for (let m = anchor + 1; m < out.length; m++) out[m] = clamp(out[m - 1]! + change(m), m);
  for (let m = anchor - 1; m >= 0; m--) out[m] = clamp(out[m + 1]! - change(m + 1), m);
  return out;
}

/** Stores a province-level series on the element's first unit (the province); no-op if the element is absent. */
export function setProvinceSeries(ctx: DemoContext, element: string, values: readonly number[], combo?: string): void {
  const placement = ctx.placements.get(element);
  if (!placement) return;
  const matrix = zeros(ctx, placement.units.length);
  if (matrix[0]) matrix[0] = [...values];
  setSeries(ctx, element, combo ?? placement.combos[0]!, matrix);
}

/** The report's figure for a stock in the anchor month, or `fallback`. */
export function anchorValue(ctx: DemoContext, element: string, fallback: number, combo: string | null = null): number {
  return ctx.targets.valueAt(element, ANCHOR_MONTH, combo) ?? fallback;
}

/** Index of the anchor month in the context. */
export function anchorIndex(ctx: DemoContext): number {
  return monthIndex(ctx, ANCHOR_MONTH);
}

/** Any other LAST element: a register growing by a few a month through its figure (or 100) at the anchor, in every unit. */
export function generateOtherStocks(ctx: DemoContext, skip: ReadonlySet<string>): void {
  for (const p of ctx.placements.values()) {
    if (p.element.aggregationType !== 'LAST' || skip.has(p.element.code)) continue;
    for (const combo of p.combos) {
      const stated = anchorValue(ctx, p.element.code, 100, p.combos.length === 1 ? null : combo);
      const matrix = p.units.map((unit) => {
        const flow = ctx.months.map((m) => poisson(randomFor(ctx.seed, p.element.code, combo, unit, m), 2));
        return anchoredCumulative(flow, anchorIndex(ctx), p.units.length === 1 ? stated : 100);
      });
      setSeries(ctx, p.element.code, combo, matrix);
    }
  }
}
