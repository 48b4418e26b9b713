/** The count (SUM) elements: seasonal random draws bent to the report's figures, parents before their parts. */
import { setSeries, totalOverCombos, type DemoContext, type Matrix } from './context.ts';
import { fitSeries } from './fit.ts';
import { monthOfYear, yearOf } from './months.ts';
import type { Placement } from './placement.ts';
import { byNearestYear, profileOf, seasonOf, unitShares, type ElementProfile, type FlowProfile } from './profiles.ts';
import { binomial, poisson, randomFor, swing } from './random.ts';
import { splitCombos } from './split-combos.ts';

interface Draws {
  draws: Matrix;
  prior: Matrix;
  caps?: Matrix;
}

/** Generates every SUM element not in `skip`, each part after the element it is part of. */
export function generateFlows(
  ctx: DemoContext,
  profiles: Map<string, ElementProfile>,
  skip: ReadonlySet<string>,
): void {
  const todo = [...ctx.placements.values()].filter(
    (p) => p.element.aggregationType === 'SUM' && !skip.has(p.element.code),
  );
  const done = new Set<string>();
  const visit = (p: Placement) => {
    if (done.has(p.element.code)) return;
    done.add(p.element.code);
    const profile = usableProfile(ctx, profileOf(profiles, p.element.code), p);
    const parent = profile.kind === 'flow' ? undefined : todo.find((q) => q.element.code === profile.of);
    if (parent) visit(parent);
    generateFlow(ctx, p, profile);
  };
  todo.forEach(visit);
}

/** A part whose parent is missing or reported elsewhere falls back to a count of its own. */
function usableProfile(ctx: DemoContext, profile: ElementProfile, p: Placement): ElementProfile {
  if (profile.kind === 'flow') return profile;
  const parent = ctx.placements.get(profile.of);
  const sameUnits = parent !== undefined && parent.units.join() === p.units.join();
  return sameUnits ? profile : { kind: 'flow', annual: { 2019: 12 } };
}

function generateFlow(ctx: DemoContext, p: Placement, profile: ElementProfile): void {
  const code = p.element.code;
  const drawn = profile.kind === 'flow' ? drawFlow(ctx, p, profile) : drawPart(ctx, p, profile);
  const fitted = fitSeries({ units: p.units, months: ctx.months, ...drawn }, ctx.targets.of(code, null));
  const shares = p.combos.map((c) => (profile.kind === 'flow' ? (profile.split?.[c] ?? 1) : 1));
  for (const [combo, values] of splitCombos(ctx, code, p.combos, shares, fitted)) setSeries(ctx, code, combo, values);
}

/** Poisson draws around the seasonal expectation, with a month-wide swing shared by all units. */
function drawFlow(ctx: DemoContext, p: Placement, profile: FlowProfile): Draws {
  const shares = unitShares(p.units, profile);
  const perMonth = ctx.months.map((month) => {
    const year = yearOf(month);
    const level = (byNearestYear(profile.annual, year) / 12) * seasonOf(profile, year)[monthOfYear(month) - 1]!;
    return { level, swing: swing(randomFor(ctx.seed, p.element.code, 'swing', month), profile.noise ?? 0.2) };
  });
  const prior = shares.map((s) => perMonth.map(({ level }) => level * s));
  const draws = shares.map((s, u) =>
    perMonth.map(({ level, swing: k }, m) =>
      poisson(randomFor(ctx.seed, p.element.code, p.units[u]!, ctx.months[m]!), level * s * k),
    ),
  );
  return { draws, prior };
}

/** Draws from the parent series: binomial shares of it (capped by it) or a scaled copy. */
function drawPart(ctx: DemoContext, p: Placement, profile: Exclude<ElementProfile, FlowProfile>): Draws {
  const parent = totalOverCombos(ctx, profile.of);
  const rand = (u: number, m: number) => randomFor(ctx.seed, p.element.code, p.units[u]!, ctx.months[m]!);
  if (profile.kind === 'scaled') {
    const prior = parent.map((row) => row.map((n) => n * profile.ratio));
    const draws = prior.map((row, u) => row.map((v, m) => Math.round(v * swing(rand(u, m), 0.08))));
    return { draws, prior };
  }
  const share = (m: number) => profile.shareByYear?.[yearOf(ctx.months[m]!)] ?? profile.share;
  const prior = parent.map((row) => row.map((n, m) => n * share(m)));
  const draws = parent.map((row, u) => row.map((n, m) => binomial(rand(u, m), n, share(m))));
  return { draws, prior, caps: parent };
}
