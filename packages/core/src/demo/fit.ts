/**
 * Bends random draws to meet exact sums. Targets are rectangles (some units × a span of months);
 * the smallest are fixed first, then each larger one shares what is left of its total over its
 * still-free cells in proportion to the draws, so seasonality survives the rescaling.
 */
import { allocate } from './allocate.ts';
import type { Matrix } from './context.ts';
import type { SpanTarget } from './targets.ts';

export interface FitInput {
  units: readonly string[];
  months: readonly string[];
  /** Random draws, `[unit][month]`. */
  draws: Matrix;
  /** Expected values; they give zero draws some weight so a total can still be spread. */
  prior: Matrix;
  /** Per-cell upper bounds (the parent series of a subset such as deaths ≤ cases). */
  caps?: Matrix;
}

interface Rect {
  target: SpanTarget;
  units: number[];
  from: number;
  to: number;
  inner: Rect[];
}

/** Returns the draws adjusted so that every target sum holds exactly; throws when they cannot all hold. */
export function fitSeries(input: FitInput, targets: readonly SpanTarget[]): Matrix {
  const cap = (u: number, m: number) => input.caps?.[u]?.[m] ?? Infinity;
  const x = input.draws.map((row, u) => row.map((v, m) => Math.min(v, cap(u, m))));
  const locked = x.map((row) => row.map(() => false));
  const rects = targets.map((t) => toRect(input, t)).sort((a, b) => size(a) - size(b));
  for (const r of rects) r.inner = rects.filter((s) => s !== r && inside(s, r));
  const lockedSum = (r: Rect) => sumCells(r, (u, m) => (locked[u]![m] ? x[u]![m]! : 0));
  const remaining = (r: Rect) => r.target.value - lockedSum(r);
  // A cell may take no more than any target around it has left, less what the smaller targets inside that
  // one (and not holding the cell) still need: so a district the report does not list gets nothing.
  const headroom = (u: number, m: number) =>
    rects
      .filter((r) => holds(r, u, m))
      .reduce(
        (h, r) => {
          const reserved = r.inner
            .filter((s) => !holds(s, u, m))
            .reduce((s, inner) => s + Math.max(0, remaining(inner)), 0);
          return Math.min(h, remaining(r) - reserved);
        },
        cap(u, m),
      );
  for (const r of rects) {
    const free = cells(r).filter(([u, m]) => !locked[u]![m]);
    const rest = remaining(r);
    if (rest < 0 || (free.length === 0 && rest !== 0)) throw unmet(r.target, rest);
    const weights = free.map(([u, m]) => x[u]![m]! + 0.5 * input.prior[u]![m]! + 1e-9);
    const caps = free.map(([u, m]) => Math.max(0, headroom(u, m)));
    const shares = tryAllocate(rest, weights, caps, r.target);
    free.forEach(([u, m], i) => {
      x[u]![m] = shares[i]!;
      locked[u]![m] = true;
    });
  }
  for (const r of rects) if (sumCells(r, (u, m) => x[u]![m]!) !== r.target.value) throw unmet(r.target, 0);
  return x;
}

function toRect(input: FitInput, target: SpanTarget): Rect {
  const from = input.months.indexOf(target.from);
  const to = input.months.indexOf(target.to);
  if (from < 0 || to < from) throw new Error(`Target span ${target.from}–${target.to} is outside the generated months`);
  const units = target.unit === null ? input.units.map((_, i) => i) : [input.units.indexOf(target.unit)];
  if (units.some((u) => u < 0)) throw new Error(`Target unit ${target.unit} does not report ${target.element}`);
  return { target, units, from, to, inner: [] };
}

const size = (r: Rect) => r.units.length * (r.to - r.from + 1);
const holds = (r: Rect, u: number, m: number) => m >= r.from && m <= r.to && r.units.includes(u);
const inside = (s: Rect, r: Rect) => s.from >= r.from && s.to <= r.to && s.units.every((u) => r.units.includes(u));

function cells(r: Rect): [number, number][] {
  return r.units.flatMap((u) => Array.from({ length: r.to - r.from + 1 }, (_, k): [number, number] => [u, r.from + k]));
}

function sumCells(r: Rect, value: (u: number, m: number) => number): number {
  return cells(r).reduce((s, [u, m]) => s + value(u, m), 0);
}

function tryAllocate(total: number, weights: number[], caps: number[], target: SpanTarget): number[] {
  try {
    return allocate(total, weights, caps);
  } catch (error) {
    throw unmet(target, total, error);
  }
}

function unmet(t: SpanTarget, rest: number, cause?: unknown): Error {
  const where = `${t.element}${t.combo ? `.${t.combo}` : ''} ${t.unit ?? 'all units'} ${t.from}–${t.to}`;
  return new Error(`Demo target ${where} = ${t.value} cannot be met (left to place: ${rest})`, { cause });
}
