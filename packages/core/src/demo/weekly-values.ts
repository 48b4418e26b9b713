/**
 * The demo's weekly notifiable-disease figures (BTN_TUAN), consistent with the monthly ones: each district's monthly
 * count is split over the ISO weeks whose Thursday lies in that month, so summing the weeks of a month gives the
 * month's figure back. A unit opened after the demo's months (Quảng Ngãi after the 2025 merger) gets a baseline of
 * weeks from its opening up to the week before today, drawn around the districts' weekly history.
 */
import type { DataValue } from '../datavalue/types.ts';
import type { MetadataPackage, OrgUnitPackage } from '../metadata/types.ts';
import { monthOfWeek, periodForDate, periodsBetween, previousPeriod, type Period } from '../period/index.ts';
import { DEMO_PERIOD_RANGE, DEMO_SEED } from './generate-demo-values.ts';
import { binomial, poisson, randomFor } from './random.ts';

const DEMO_FIRST_YEAR = Number(DEMO_PERIOD_RANGE.from.slice(0, 4));
const DEMO_YEARS = Number(DEMO_PERIOD_RANGE.to.slice(0, 4)) - DEMO_FIRST_YEAR + 1;

export interface WeeklyDemoOptions {
  seed?: number;
  /** Today (ISO date, Vietnam): the baseline weeks stop at the week before the one holding it. Absent: no baseline. */
  today?: string | undefined;
  /** Also return zeros. */
  includeZeros?: boolean;
}

/** The weeks whose Thursday lies in the demo's months (2019W01..2023W52), grouped by month code. */
export function demoWeeksByMonth(): Map<string, Period[]> {
  const first = periodForDate('Weekly', `${DEMO_PERIOD_RANGE.from.slice(0, 4)}-01-04`);
  const last = periodForDate('Weekly', `${DEMO_PERIOD_RANGE.to.slice(0, 4)}-12-28`);
  const byMonth = new Map<string, Period[]>();
  for (const week of periodsBetween(first, last)) {
    const month = monthOfWeek(week).code;
    byMonth.set(month, [...(byMonth.get(month) ?? []), week]);
  }
  return byMonth;
}

/** Splits `total` over `parts` parts uniformly at random (a multinomial draw, as chained binomials). */
function split(total: number, parts: number, rand: () => number): number[] {
  const out: number[] = [];
  let left = total;
  for (let i = 0; i < parts - 1; i++) {
    const share = binomial(rand, left, 1 / (parts - i));
    out.push(share);
    left -= share;
  }
  out.push(left);
  return out;
}

/**
 * Weekly values of every weekly data set of `pkg` at its assigned units: the monthly `monthly` values split over
 * weeks for units open during the demo's months, a baseline for units opened after them.
 */
export function generateWeeklyDemoValues(
  pkg: MetadataPackage, orgUnits: OrgUnitPackage, monthly: readonly DataValue[], options: WeeklyDemoOptions = {},
): DataValue[] {
  const seed = options.seed ?? DEMO_SEED;
  const units = new Map(orgUnits.orgUnits.map((u) => [u.code, u]));
  const weeksByMonth = demoWeeksByMonth();
  const out: DataValue[] = [];
  const push = (v: Omit<DataValue, 'value'>, value: number) => {
    if (value !== 0 || options.includeZeros) out.push({ ...v, value: String(value) });
  };
  for (const dataSet of pkg.dataSets.filter((ds) => ds.periodType === 'Weekly')) {
    const elements = new Set(dataSet.sections.flatMap((s) => s.dataElements));
    const assigned = orgUnits.dataSetAssignments[dataSet.code] ?? [];
    const history = new Set(assigned.filter((code) => openDuringDemo(units.get(code))));
    // The districts' weekly counts per series (element and option combo) and week of the year, for the baseline.
    const byWeekOfYear = new Map<string, Map<number, number[]>>();
    for (const v of monthly) {
      if (!elements.has(v.dataElement) || !history.has(v.orgUnit)) continue;
      const weeks = weeksByMonth.get(v.period) ?? [];
      const rand = randomFor(seed, 'week', v.dataElement, v.categoryOptionCombo, v.orgUnit, v.period);
      const shares = split(Number(v.value), weeks.length, rand);
      const series = `${v.dataElement}|${v.categoryOptionCombo}`;
      const perWeek = byWeekOfYear.get(series) ?? new Map<number, number[]>();
      byWeekOfYear.set(series, perWeek);
      weeks.forEach((week, i) => {
        push({ dataElement: v.dataElement, categoryOptionCombo: v.categoryOptionCombo, orgUnit: v.orgUnit, period: week.code }, shares[i]!);
        // Summed over districts per year: slot `year` of the week of the year (a 53rd week counts as the 52nd).
        const slot = Math.min(week.index, 52);
        const years = perWeek.get(slot) ?? [];
        const y = week.year - DEMO_FIRST_YEAR;
        years[y] = (years[y] ?? 0) + shares[i]!;
        perWeek.set(slot, years);
      });
    }
    for (const orgUnit of assigned.filter((c) => !history.has(c))) {
      for (const week of baselineWeeks(units.get(orgUnit)?.openingDate, options.today)) {
        for (const [series, perWeek] of byWeekOfYear) {
          const [dataElement, categoryOptionCombo] = series.split('|') as [string, string];
          const years = perWeek.get(Math.min(week.index, 52)) ?? [];
          const mean = median(Array.from({ length: DEMO_YEARS }, (_, y) => years[y] ?? 0));
          push({ dataElement, categoryOptionCombo, orgUnit, period: week.code }, poisson(randomFor(seed, 'baseline', series, orgUnit, week.code), mean));
        }
      }
    }
  }
  return out;
}

/** Whether a unit was open during the demo's months (it then has monthly figures to split). */
export function openDuringDemo(unit: { openingDate: string } | undefined): boolean {
  return unit !== undefined && unit.openingDate <= `${DEMO_PERIOD_RANGE.to.slice(0, 4)}-12-31`;
}

/** The weeks from the one holding the opening date up to the week before the one holding today. */
export function baselineWeeks(openingDate: string | undefined, today: string | undefined): Period[] {
  if (!openingDate || !today || today <= openingDate) return [];
  const last = previousPeriod(periodForDate('Weekly', today));
  const first = periodForDate('Weekly', openingDate);
  return last.startDate < first.startDate ? [] : periodsBetween(first, last);
}

// The median rather than the mean: one epidemic year (COVID-19 in 2022) should not set a quiet year's baseline.
function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
