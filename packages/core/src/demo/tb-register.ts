/**
 * The province TB register since 2018 (LAO_REG_*): cases and deaths run with the monthly TB figures,
 * a case completes treatment six months after notification, and the rest are under treatment.
 */
import { provinceSeries, type DemoContext } from './context.ts';
import { anchorIndex, anchorValue, anchoredCumulative, setProvinceSeries } from './stocks.ts';

/** Elements this model writes. */
export const TB_REGISTER_ELEMENTS = ['LAO_REG_CASES', 'LAO_REG_DEATHS', 'LAO_REG_COMPLETED', 'LAO_REG_ACTIVE'] as const;

const TREATMENT_MONTHS = 6;

/** Generates the TB register from LAO_CASES and LAO_DEATHS; active = cases − deaths − completed. */
export function generateTbRegister(ctx: DemoContext): void {
  if (!TB_REGISTER_ELEMENTS.every((e) => ctx.placements.has(e))) return;
  const cases = provinceSeries(ctx, 'LAO_CASES');
  const deaths = provinceSeries(ctx, 'LAO_DEATHS');
  const anchor = anchorIndex(ctx);
  const sinceStart = cases.slice(0, anchor + 1).reduce((a, b) => a + b, 0);
  const regCases = anchoredCumulative(cases, anchor, anchorValue(ctx, 'LAO_REG_CASES', Math.round(sinceStart * 1.2)));
  const regDeaths = anchoredCumulative(
    deaths,
    anchor,
    anchorValue(ctx, 'LAO_REG_DEATHS', Math.round(sinceStart * 0.008)),
  );
  // Before the first generated month, completions follow the first year's average.
  const firstYear = cases.slice(0, 12);
  const before = Math.round(firstYear.reduce((a, b) => a + b, 0) / Math.max(1, firstYear.length));
  const completions = cases.map((_, m) => (m >= TREATMENT_MONTHS ? cases[m - TREATMENT_MONTHS]! : before));
  const fallbackCompleted = Math.max(
    0,
    regCases[anchor]! -
      regDeaths[anchor]! -
      Math.round(cases.slice(Math.max(0, anchor - 5), anchor + 1).reduce((a, b) => a + b, 0)),
  );
  const regCompleted = anchoredCumulative(
    completions,
    anchor,
    anchorValue(ctx, 'LAO_REG_COMPLETED', fallbackCompleted),
  );
  const active = regCases.map((c, m) => c - regDeaths[m]! - regCompleted[m]!);
  const stated = ctx.targets.valueAt('LAO_REG_ACTIVE', ctx.months[anchor]!);
  if (active.some((a) => a < 0) || (stated !== undefined && stated !== active[anchor])) {
    throw new Error(`TB register does not balance: active ${active[anchor]} under treatment in ${ctx.months[anchor]}`);
  }
  setProvinceSeries(ctx, 'LAO_REG_CASES', regCases);
  setProvinceSeries(ctx, 'LAO_REG_DEATHS', regDeaths);
  setProvinceSeries(ctx, 'LAO_REG_COMPLETED', regCompleted);
  setProvinceSeries(ctx, 'LAO_REG_ACTIVE', active);
}
