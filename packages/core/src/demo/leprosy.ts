/**
 * Leprosy stocks: patients under management and the Đăk Kia treatment area, whose inpatients carry
 * over from month to month (open = last month's close; close = open + admissions − discharges).
 */
import type { DemoContext } from './context.ts';
import { poisson, randomFor } from './random.ts';
import { anchorIndex, anchorValue, anchoredWalk, setProvinceSeries } from './stocks.ts';

/** Elements this model writes (PHONG_DK_VISITS is an ordinary count). */
export const LEPROSY_ELEMENTS = [
  'PHONG_MANAGED',
  'PHONG_DK_MANAGED',
  'PHONG_DK_INPATIENT_OPEN',
  'PHONG_DK_ADMISSIONS',
  'PHONG_DK_DISCHARGES',
  'PHONG_DK_INPATIENT_CLOSE',
] as const;

/** Generates the leprosy stocks and the Đăk Kia inpatient balance. */
export function generateLeprosy(ctx: DemoContext): void {
  if (!LEPROSY_ELEMENTS.every((e) => ctx.placements.has(e))) return;
  const a = anchorIndex(ctx);
  setProvinceSeries(
    ctx,
    'PHONG_MANAGED',
    anchoredWalk(ctx, 'PHONG_MANAGED', a, anchorValue(ctx, 'PHONG_MANAGED', 85), { drift: -0.2, step: 0.6 }),
  );
  setProvinceSeries(
    ctx,
    'PHONG_DK_MANAGED',
    anchoredWalk(ctx, 'PHONG_DK_MANAGED', a, anchorValue(ctx, 'PHONG_DK_MANAGED', 50), { drift: -0.1, step: 0.4 }),
  );
  const chain = inpatientChain(ctx, a);
  setProvinceSeries(
    ctx,
    'PHONG_DK_INPATIENT_OPEN',
    chain.map((c) => c.open),
  );
  setProvinceSeries(
    ctx,
    'PHONG_DK_ADMISSIONS',
    chain.map((c) => c.admissions),
  );
  setProvinceSeries(
    ctx,
    'PHONG_DK_DISCHARGES',
    chain.map((c) => c.discharges),
  );
  setProvinceSeries(
    ctx,
    'PHONG_DK_INPATIENT_CLOSE',
    chain.map((c) => c.open + c.admissions - c.discharges),
  );
}

interface Month {
  open: number;
  admissions: number;
  discharges: number;
}

/** The inpatient balance month by month, outward from the report month; admissions and discharges pull towards the usual level. */
function inpatientChain(ctx: DemoContext, a: number): Month[] {
  const known: Month = {
    open: anchorValue(ctx, 'PHONG_DK_INPATIENT_OPEN', 14),
    admissions: anchorValue(ctx, 'PHONG_DK_ADMISSIONS', 8),
    discharges: anchorValue(ctx, 'PHONG_DK_DISCHARGES', 8),
  };
  const close = ctx.targets.valueAt('PHONG_DK_INPATIENT_CLOSE', ctx.months[a]!);
  if (close !== undefined && close !== known.open + known.admissions - known.discharges) {
    throw new Error('The Đăk Kia inpatient figures of the report month do not balance');
  }
  const usual = known.open;
  const draw = (m: number, what: string, mean: number) =>
    poisson(randomFor(ctx.seed, 'PHONG_DK', what, ctx.months[m]!), mean);
  const chain: Month[] = ctx.months.map(() => ({ open: 0, admissions: 0, discharges: 0 }));
  chain[a] = known;
  for (let m = a + 1; m < chain.length; m++) {
    const open = chain[m - 1]!.open + chain[m - 1]!.admissions - chain[m - 1]!.discharges;
    const admissions = draw(m, 'in', 6 + 0.6 * Math.max(0, usual - open));
    const discharges = Math.min(open + admissions, draw(m, 'out', 6 + 0.6 * Math.max(0, open - usual)));
    chain[m] = { open, admissions, discharges };
  }
  for (let m = a - 1; m >= 0; m--) {
    const close = chain[m + 1]!.open;
    const discharges = draw(m, 'out', 6 + 0.6 * Math.max(0, usual - close));
    const admissions = Math.min(close + discharges, draw(m, 'in', 6 + 0.6 * Math.max(0, close - usual)));
    chain[m] = { open: close - admissions + discharges, admissions, discharges };
  }
  return chain;
}
