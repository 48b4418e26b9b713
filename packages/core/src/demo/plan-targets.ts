/**
 * The demo's plan targets: each year from 2019, a decision of the province's People's Committee (Quyết định số
 * NN/QĐ-UBND, dated in the second half of December before the year) sets the province's targets and some districts'
 * (TB cases to detect, dengue cases to stay under). Monthly-form items follow tables written against the demo's
 * figures; the province's yearly-form items are set as planners do, last year's result plus the step asked, so the
 * year's noise decides whether they are met. One decision in July 2021 lowers the immunisation target after COVID-19
 * disrupted the sessions.
 */
import type { SetTargetRequest } from '../api/targets.ts';
import type { OrgUnitPackage } from '../metadata/types.ts';
import type { TargetDirection } from '../targets/index.ts';
import { DEMO_SEED } from './generate-demo-values.ts';
import { randomFor } from './random.ts';
import { provinceYear, YEARLY_PROVINCE, type YearFigures } from './yearly-figures.ts';

/** A target as a decision sets it: the API's request, its baseline always stated (null but for a reduction). */
export type DemoPlanTarget = Omit<SetTargetRequest, 'baseline'> & { baseline: number | null };

/** The first year with targets. */
export const FIRST_TARGET_YEAR = 2019;

/** Items read from the monthly forms: their targets by year (the last one holds for later years), the province's unless a district is named. */
const TABLE: readonly { orgUnit?: string; item: string; measure: string; direction: TargetDirection; byYear: Readonly<Record<number, number>> }[] = [
  { item: 'TCMR_FULL_COVERAGE', measure: '%', direction: 'AT_LEAST', byYear: { 2019: 95, 2020: 95, 2021: 95, 2022: 93, 2023: 95 } },
  { item: 'HIV_ARV', measure: 'người', direction: 'AT_LEAST', byYear: { 2019: 155, 2020: 170, 2021: 170, 2022: 175, 2023: 195, 2024: 205, 2025: 215 } },
  { item: 'LAO_CASES', measure: 'ca', direction: 'AT_LEAST', byYear: { 2019: 320, 2020: 320, 2021: 340, 2022: 430, 2023: 470, 2024: 490, 2025: 500 } },
  { item: 'SOTRET_INCIDENCE_PER_1000', measure: 'ca/1.000 dân', direction: 'AT_MOST', byYear: { 2019: 0.08, 2020: 0.1, 2021: 0.05, 2022: 0.05, 2023: 0.05 } },
  { item: 'KCB_BEDS_PER_10K', measure: 'giường/10.000 dân', direction: 'AT_LEAST', byYear: { 2019: 30, 2020: 31, 2021: 31, 2022: 30.5, 2023: 33, 2024: 35 } },
  { orgUnit: '608', item: 'LAO_CASES', measure: 'ca', direction: 'AT_LEAST', byYear: { 2019: 110, 2020: 110, 2021: 120, 2022: 125, 2023: 155, 2024: 160, 2025: 165 } },
  { orgUnit: '608', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', byYear: { 2019: 600, 2020: 500, 2021: 400, 2022: 300, 2023: 250 } },
  { orgUnit: '615', item: 'LAO_CASES', measure: 'ca', direction: 'AT_LEAST', byYear: { 2019: 30, 2020: 35, 2021: 40, 2022: 50, 2023: 60, 2024: 70, 2025: 75 } },
  { orgUnit: '615', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', byYear: { 2019: 150, 2020: 150, 2021: 120, 2022: 100, 2023: 45 } },
  { orgUnit: '611', item: 'LAO_CASES', measure: 'ca', direction: 'AT_LEAST', byYear: { 2019: 30, 2020: 35, 2021: 35, 2022: 45, 2023: 55, 2024: 60, 2025: 65 } },
];

/** The adjustment: immunisation lowered mid-2021, when sessions were suspended in the COVID-19 waves. */
const ADJUSTMENT = { year: 2021, item: 'TCMR_FULL_COVERAGE', value: 90, number: '1187/QĐ-UBND', date: '2021-07-16' };

/** Items read from the province's yearly form: the ratio's parts, and the step asked each year. */
const YEARLY_ITEMS: readonly {
  item: string;
  measure: string;
  direction: TargetDirection;
  step: number;
  level: (f: YearFigures) => [number, number];
  scale: number;
}[] = [
  { item: 'NL_DOCTORS_PER_10K', measure: 'bác sĩ/10.000 dân', direction: 'AT_LEAST', step: 0.1, level: (f) => [f.NL_DOCTORS, f.DS_POPULATION], scale: 10_000 },
  { item: 'BHYT_COVERAGE', measure: '%', direction: 'AT_LEAST', step: 0.5, level: (f) => [f.BHYT_INSURED, f.DS_POPULATION], scale: 100 },
  { item: 'YTX_CRITERIA_RATE', measure: '%', direction: 'AT_LEAST', step: 7, level: (f) => [f.YTX_CRITERIA_MET, f.YTX_COMMUNES], scale: 100 },
  { item: 'DD_U5_STUNTING_RATE', measure: '%', direction: 'REDUCE_BY', step: 1, level: (f) => [f.DD_U5_STUNTED, f.DD_U5_MEASURED], scale: 100 },
];

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Every target of the decisions dated up to `today` (ISO date, the server's clock in Vietnam), for each year from
 * 2019 to today's while the province is open on 1 January (its districts' while they are); in decision order, so a
 * later decision's revision comes after the first.
 */
export function generateDemoPlanTargets(orgUnits: OrgUnitPackage, today: string, seed = DEMO_SEED): DemoPlanTarget[] {
  const province = YEARLY_PROVINCE;
  const openOnJanuary1 = (code: string, year: number) => {
    const unit = orgUnits.orgUnits.find((u) => u.code === code);
    return unit !== undefined && unit.openingDate <= `${year}-01-01` && (unit.closingDate === null || unit.closingDate >= `${year}-01-01`);
  };
  const targets: DemoPlanTarget[] = [];
  for (let year = FIRST_TARGET_YEAR; year <= Number(today.slice(0, 4)); year++) {
    if (!openOnJanuary1(province, year)) continue;
    const decision = yearDecision(year, seed);
    if (decision.date > today) continue;
    for (const row of TABLE) {
      const orgUnit = row.orgUnit ?? province;
      if (!openOnJanuary1(orgUnit, year)) continue;
      targets.push({ year, orgUnit, item: row.item, measure: row.measure, direction: row.direction, value: tableValue(row.byYear, year), baseline: null, decision });
    }
    for (const item of YEARLY_ITEMS) targets.push({ year, orgUnit: province, ...yearlyTarget(item, year, seed), decision });
  }
  const adjusted = targets.find((t) => t.year === ADJUSTMENT.year && t.orgUnit === province && t.item === ADJUSTMENT.item);
  if (adjusted && ADJUSTMENT.date <= today) {
    targets.push({ ...adjusted, value: ADJUSTMENT.value, decision: { number: ADJUSTMENT.number, date: ADJUSTMENT.date } });
  }
  return targets;
}

/** The year's decision: a number of late in the year before (provinces number decisions through the year), 15–28 December. */
function yearDecision(year: number, seed: number): DemoPlanTarget['decision'] {
  const random = randomFor(seed, 'plan-decision', year);
  const number = 1900 + Math.floor(random() * 400);
  const day = 15 + Math.floor(random() * 14);
  return { number: `${number}/QĐ-UBND`, date: `${year - 1}-12-${String(day).padStart(2, '0')}` };
}

function tableValue(byYear: Readonly<Record<number, number>>, year: number): number {
  const years = Object.keys(byYear).map(Number).filter((y) => y <= year);
  return byYear[Math.max(...years)]!;
}

/** Last year's level plus the step (a reduction: the step, from last year's level). */
function yearlyTarget(item: (typeof YEARLY_ITEMS)[number], year: number, seed: number) {
  const [part, whole] = item.level(provinceYear(year - 1, seed));
  const level = round1((part / whole) * item.scale);
  const common = { item: item.item, measure: item.measure, direction: item.direction };
  if (item.direction === 'REDUCE_BY') return { ...common, value: item.step, baseline: level };
  return { ...common, value: round1(Math.min(item.scale === 100 ? 100 : Infinity, level + item.step)), baseline: null };
}
