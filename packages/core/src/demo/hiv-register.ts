/**
 * The province HIV/AIDS register: the cumulative total and deaths run with the monthly flows;
 * AIDS-stage, reached, ARV and INH patients are stocks wandering within what contains them.
 */
import { provinceSeries, type DemoContext } from './context.ts';
import { poisson, randomFor } from './random.ts';
import { anchorIndex, anchorValue, anchoredCumulative, anchoredWalk, setProvinceSeries } from './stocks.ts';

/** Elements this model writes. */
export const HIV_REGISTER_ELEMENTS = [
  'HIV_REG_TOTAL',
  'HIV_REG_DEATHS',
  'HIV_REG_AIDS',
  'HIV_REG_AIDS_LIVING',
  'HIV_REG_REACHED',
  'HIV_ARV',
  'HIV_ARV_CHILDREN',
  'HIV_INH',
] as const;

/** Generates the HIV register from HIV_NEW and HIV_DEATHS. */
export function generateHivRegister(ctx: DemoContext): void {
  if (!HIV_REGISTER_ELEMENTS.every((e) => ctx.placements.has(e))) return;
  const a = anchorIndex(ctx);
  const total = anchoredCumulative(provinceSeries(ctx, 'HIV_NEW'), a, anchorValue(ctx, 'HIV_REG_TOTAL', 600));
  const deaths = anchoredCumulative(provinceSeries(ctx, 'HIV_DEATHS'), a, anchorValue(ctx, 'HIV_REG_DEATHS', 200));
  const progressions = ctx.months.map((m) => poisson(randomFor(ctx.seed, 'HIV_REG_AIDS', m), 0.8));
  // The minimum of two non-decreasing series is non-decreasing, so the AIDS register still only grows.
  const aids = anchoredCumulative(progressions, a, anchorValue(ctx, 'HIV_REG_AIDS', 300)).map((v, m) =>
    Math.min(v, total[m]!),
  );
  const living = total.map((t, m) => t - deaths[m]!);
  const walk = (element: string, fallback: number, drift: number, step: number, hi: readonly number[]) =>
    anchoredWalk(ctx, element, a, anchorValue(ctx, element, fallback), { drift, step, hi });
  const aidsLiving = walk(
    'HIV_REG_AIDS_LIVING',
    100,
    0,
    1.2,
    aids.map((v, m) => Math.min(v, living[m]!)),
  );
  const reached = walk('HIV_REG_REACHED', 250, 0.4, 2, living);
  const arv = walk('HIV_ARV', 190, 0.6, 1.5, reached);
  const children = walk('HIV_ARV_CHILDREN', 8, 0, 0.4, arv);
  const inh = walk('HIV_INH', 14, 0, 1.5, arv);
  const series = {
    HIV_REG_TOTAL: total,
    HIV_REG_DEATHS: deaths,
    HIV_REG_AIDS: aids,
    HIV_REG_AIDS_LIVING: aidsLiving,
    HIV_REG_REACHED: reached,
    HIV_ARV: arv,
    HIV_ARV_CHILDREN: children,
    HIV_INH: inh,
  };
  for (const [element, values] of Object.entries(series)) setProvinceSeries(ctx, element, values);
}
