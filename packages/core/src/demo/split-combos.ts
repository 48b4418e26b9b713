/** Splits a series over an element's option combos: a random multinomial split, then moved to meet combo totals. */
import type { DemoContext, Matrix } from './context.ts';
import { binomial, randomFor } from './random.ts';
import type { SpanTarget } from './targets.ts';

/** Splits `total` (per unit and month) over `combos` in proportion to `shares`, meeting every combo target. */
export function splitCombos(
  ctx: DemoContext,
  element: string,
  combos: readonly string[],
  shares: readonly number[],
  total: Matrix,
): Map<string, Matrix> {
  if (combos.length === 1) return new Map([[combos[0]!, total]]);
  const parts = combos.map(() => total.map((row) => row.map(() => 0)));
  total.forEach((row, u) =>
    row.forEach((n, m) => {
      const rand = randomFor(ctx.seed, element, 'split', u, ctx.months[m]!);
      let left = n;
      let weightLeft = shares.reduce((a, b) => a + b, 0);
      combos.forEach((_, k) => {
        const take =
          k === combos.length - 1 ? left : binomial(rand, left, weightLeft > 0 ? shares[k]! / weightLeft : 0);
        parts[k]![u]![m] = take;
        left -= take;
        weightLeft -= shares[k]!;
      });
    }),
  );
  for (const span of comboSpans(ctx, element)) rebalance(ctx, element, combos, parts, span);
  return new Map(combos.map((c, k) => [c, parts[k]!]));
}

/** The distinct month spans over which the report fixes combo totals. */
function comboSpans(ctx: DemoContext, element: string): { from: string; to: string }[] {
  const spans = new Map<string, { from: string; to: string }>();
  for (const combo of new Set(ctx.placements.get(element)?.combos ?? [])) {
    for (const t of ctx.targets.of(element, combo)) spans.set(`${t.from}-${t.to}`, { from: t.from, to: t.to });
  }
  return [...spans.values()];
}

/** Moves single cases between combos inside the span until each combo's sum equals its target. */
function rebalance(
  ctx: DemoContext,
  element: string,
  combos: readonly string[],
  parts: Matrix[],
  span: { from: string; to: string },
): void {
  const targetOf = (combo: string): SpanTarget | undefined =>
    ctx.targets.of(element, combo).find((t) => t.unit === null && t.from === span.from && t.to === span.to);
  const targets = combos.map((c) => targetOf(c));
  if (targets.some((t) => t === undefined))
    throw new Error(`${element}: every option needs a total for ${span.from}–${span.to}`);
  const cells: [number, number][] = [];
  parts[0]!.forEach((row, u) =>
    row.forEach((_, m) => ctx.months[m]! >= span.from && ctx.months[m]! <= span.to && cells.push([u, m])),
  );
  const excess = combos.map((_, k) => cells.reduce((s, [u, m]) => s + parts[k]![u]![m]!, 0) - targets[k]!.value);
  if (excess.reduce((a, b) => a + b, 0) !== 0)
    throw new Error(`${element}: option totals do not add up to the total for ${span.from}–${span.to}`);
  const rand = randomFor(ctx.seed, element, 'rebalance', span.from);
  for (let from = 0; from < combos.length; from++) {
    while (excess[from]! > 0) {
      const to = excess.findIndex((e) => e < 0);
      const start = Math.floor(rand() * cells.length);
      const k = cells.findIndex((_, i) => {
        const [u, m] = cells[(start + i) % cells.length]!;
        return parts[from]![u]![m]! > 0;
      });
      const [u, m] = cells[(start + k) % cells.length]!;
      parts[from]![u]![m]!--;
      parts[to]![u]![m]!++;
      excess[from]!--;
      excess[to]!++;
    }
  }
}
