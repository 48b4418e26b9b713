/**
 * The demo data values: deterministic, plausible monthly figures for every element of a package at
 * the org units its data sets are assigned to, reproducing the November 2023 Kon Tum report (seed 001).
 */
import type { DataValue } from '../datavalue/types.ts';
import type { MetadataPackage, OrgUnitPackage } from '../metadata/types.ts';
import { BED_ELEMENTS, generateBeds } from './beds.ts';
import { CAMPAIGN_ELEMENTS, generateCampaigns } from './campaigns.ts';
import type { DemoContext } from './context.ts';
import { generateFlows } from './flows.ts';
import { generateHivRegister, HIV_REGISTER_ELEMENTS } from './hiv-register.ts';
import { generateLeprosy, LEPROSY_ELEMENTS } from './leprosy.ts';
import { assertMonth, monthRange } from './months.ts';
import { placeElements } from './placement.ts';
import { resolveProfiles } from './profiles.ts';
import { generateOtherStocks } from './stocks.ts';
import { indexTargets, seed001Targets } from './targets.ts';
import { generateTbRegister, TB_REGISTER_ELEMENTS } from './tb-register.ts';
import { toDataValues } from './to-data-values.ts';

/** The months the demo covers by default. */
export const DEMO_PERIOD_RANGE = { from: '201901', to: '202312' } as const;

/** The default seed. */
export const DEMO_SEED = 2023;

export interface DemoOptions {
  /** Same seed, same values; the report's figures hold for every seed. */
  seed?: number;
  /** First month to return (`YYYYMM`); default 201901. */
  from?: string;
  /** Last month to return (`YYYYMM`); default 202312. */
  to?: string;
  /** Also return zeros (DHIS2 does not store them, so by default they are left out). */
  includeZeros?: boolean;
}

/** Elements written by a dedicated model rather than as plain counts or registers. */
const MODELLED: ReadonlySet<string> = new Set<string>([
  ...TB_REGISTER_ELEMENTS,
  ...HIV_REGISTER_ELEMENTS,
  ...LEPROSY_ELEMENTS,
  ...CAMPAIGN_ELEMENTS,
  ...BED_ELEMENTS,
]);

/** Generates the demo values for `pkg` at `orgUnits`: monthly, zeros omitted, sorted by element, combo, unit and period. */
export function generateDemoValues(
  pkg: MetadataPackage,
  orgUnits: OrgUnitPackage,
  options: DemoOptions = {},
): DataValue[] {
  const from = options.from ?? DEMO_PERIOD_RANGE.from;
  const to = options.to ?? DEMO_PERIOD_RANGE.to;
  assertMonth(from);
  assertMonth(to);
  // The whole demo range is always generated, so a narrower request returns a slice of the same values.
  const months = monthRange(
    from < DEMO_PERIOD_RANGE.from ? from : DEMO_PERIOD_RANGE.from,
    to > DEMO_PERIOD_RANGE.to ? to : DEMO_PERIOD_RANGE.to,
  );
  const ctx: DemoContext = {
    seed: options.seed ?? DEMO_SEED,
    pkg,
    orgUnits,
    months,
    placements: placeElements(pkg, orgUnits),
    targets: indexTargets(seed001Targets(pkg.diseases)),
    series: new Map(),
  };
  generateFlows(ctx, resolveProfiles(pkg.diseases), MODELLED);
  generateTbRegister(ctx);
  generateHivRegister(ctx);
  generateLeprosy(ctx);
  generateCampaigns(ctx);
  generateBeds(ctx);
  generateOtherStocks(ctx, MODELLED);
  return toDataValues(ctx, { from, to, includeZeros: options.includeZeros ?? false });
}
