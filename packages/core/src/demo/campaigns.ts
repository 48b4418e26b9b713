/**
 * Supplementary immunisation campaigns (LAST, cumulative to date): a fixed target from the campaign's
 * first month, and doses given that climb quickly at first, then slowly, never past the target.
 */
import { allocate } from './allocate.ts';
import type { DemoContext } from './context.ts';
import { randomFor } from './random.ts';
import { anchorIndex, anchorValue, setProvinceSeries } from './stocks.ts';

interface Campaign {
  done: string;
  target: string;
  /** First month of the campaign. */
  start: string;
  /** Target when the report gives none. */
  size: number;
}

const CAMPAIGNS: readonly Campaign[] = [
  { done: 'TC_IPV_BS_DONE', target: 'TC_IPV_BS_TARGET', start: '202306', size: 9_890 },
  { done: 'TC_UV_PN_DONE', target: 'TC_UV_PN_TARGET', start: '202307', size: 6_308 },
];

/** Elements this model writes. */
export const CAMPAIGN_ELEMENTS: readonly string[] = CAMPAIGNS.flatMap((c) => [c.done, c.target]);

/** Generates every campaign whose elements the package has; nothing before a campaign starts. */
export function generateCampaigns(ctx: DemoContext): void {
  for (const c of CAMPAIGNS) {
    if (!ctx.placements.has(c.done) || !ctx.placements.has(c.target)) continue;
    const target = anchorValue(ctx, c.target, c.size);
    const done = dosesGiven(ctx, c, target);
    setProvinceSeries(
      ctx,
      c.target,
      ctx.months.map((m) => (m >= c.start ? target : 0)),
    );
    setProvinceSeries(ctx, c.done, done);
  }
}

function dosesGiven(ctx: DemoContext, c: Campaign, target: number): number[] {
  const a = anchorIndex(ctx);
  const start = ctx.months.findIndex((m) => m >= c.start);
  if (start < 0 || start > a) return ctx.months.map(() => 0);
  const atAnchor = anchorValue(ctx, c.done, Math.round(target * 0.8));
  const rand = (m: number) => randomFor(ctx.seed, c.done, ctx.months[m]!)();
  const months = Array.from({ length: Math.max(0, a - start + 1) }, (_, k) => start + k);
  const weights = months.map((m, k) => Math.max(0.2, 1.6 - 0.15 * k) * (0.8 + 0.4 * rand(m)));
  const increments = allocate(atAnchor, weights);
  const done = ctx.months.map(() => 0);
  months.forEach((m, k) => (done[m] = (done[m - 1] ?? 0) + increments[k]!));
  for (let m = a + 1; m < done.length; m++) {
    done[m] = done[m - 1]! + Math.round((target - done[m - 1]!) * 0.1 * (0.7 + 0.6 * rand(m)));
  }
  return done;
}
