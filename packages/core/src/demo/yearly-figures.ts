/**
 * The province's yearly form CHITIEU_NAM (the figures plan targets are judged on): population, doctors, insured
 * people, communes meeting the national criteria and under-5 stunting of a province of about 540,000 people in 2019
 * and 580,000 in 2023. Each figure is the sum of its districts' (the city with the provincial hospitals and fewer
 * stunted children, the mountain districts with more), so the province's rates are plausible mixtures. Draws are keyed
 * by element, district and year, so any year can be asked for (the targets read the year before the first one
 * stored) and a value never depends on what else is generated.
 */
import type { DataValue } from '../datavalue/types.ts';
import { addDays } from '../period/index.ts';
import { DEMO_SEED } from './generate-demo-values.ts';
import { normal, randomFor } from './random.ts';
import type { DemoSubmission } from './submissions.ts';

/** The yearly form, and the province that sends it; the monthly submission history leaves it to `generateYearlySubmissions`. */
export const YEARLY_DATA_SET = 'CHITIEU_NAM';
export const YEARLY_PROVINCE = '62';

/** The years stored, as the monthly demo's. */
export const YEARLY_RANGE = { from: 2019, to: 2023 } as const;

/** What one district is like in 2019. */
interface District {
  population: number;
  /** Doctors per 10,000 people: the city holds the provincial hospitals. */
  doctorsPer10k: number;
  insuredPercent: number;
  communes: number;
  /** Share of communes meeting the criteria. */
  criteriaShare: number;
  stuntingPercent: number;
}

// In the province's canonical order (a record would sort the numeric codes).
const DISTRICTS: ReadonlyMap<string, District> = new Map([
  ['608', { population: 172_000, doctorsPer10k: 18, insuredPercent: 90, communes: 21, criteriaShare: 0.7, stuntingPercent: 21 }],
  ['615', { population: 74_000, doctorsPer10k: 5.5, insuredPercent: 92, communes: 11, criteriaShare: 0.6, stuntingPercent: 29 }],
  ['612', { population: 45_000, doctorsPer10k: 5.2, insuredPercent: 93, communes: 9, criteriaShare: 0.55, stuntingPercent: 31 }],
  ['611', { population: 56_000, doctorsPer10k: 5.6, insuredPercent: 92, communes: 8, criteriaShare: 0.6, stuntingPercent: 28 }],
  ['610', { population: 47_000, doctorsPer10k: 4.6, insuredPercent: 96, communes: 12, criteriaShare: 0.45, stuntingPercent: 38 }],
  ['617', { population: 27_500, doctorsPer10k: 4.2, insuredPercent: 97, communes: 11, criteriaShare: 0.4, stuntingPercent: 41 }],
  ['614', { population: 27_000, doctorsPer10k: 4.8, insuredPercent: 95, communes: 7, criteriaShare: 0.5, stuntingPercent: 36 }],
  ['613', { population: 26_500, doctorsPer10k: 4.4, insuredPercent: 96, communes: 9, criteriaShare: 0.45, stuntingPercent: 39 }],
  ['616', { population: 51_000, doctorsPer10k: 5, insuredPercent: 93, communes: 11, criteriaShare: 0.5, stuntingPercent: 32 }],
  ['618', { population: 13_000, doctorsPer10k: 4, insuredPercent: 89, communes: 3, criteriaShare: 0.34, stuntingPercent: 35 }],
]);

/** One district's figures of one year, by element code. */
export type YearFigures = Readonly<Record<(typeof YEARLY_ELEMENTS)[number], number>>;

export const YEARLY_ELEMENTS = [
  'DS_POPULATION', 'NL_DOCTORS', 'BHYT_INSURED', 'YTX_COMMUNES', 'YTX_CRITERIA_MET', 'DD_U5_MEASURED', 'DD_U5_STUNTED',
] as const;

/** The province's districts, in its order. */
export const YEARLY_DISTRICTS = [...DISTRICTS.keys()];

/**
 * A district's figures in a year: population growing 1.8% a year, doctors 3%, insurance and the communes' criteria
 * rising, stunting falling about a point a year; each with its own noise. Undefined for a district the demo lacks.
 */
export function districtYear(district: string, year: number, seed = DEMO_SEED): YearFigures | undefined {
  const d = DISTRICTS.get(district);
  if (!d) return undefined;
  const t = year - YEARLY_RANGE.from;
  const noise = (element: string, sd: number) => sd * normal(randomFor(seed, 'yearly', element, district, year));
  const population = Math.round(d.population * 1.018 ** t * (1 + noise('DS_POPULATION', 0.002)));
  const doctors = Math.round(((population * d.doctorsPer10k) / 10_000) * 1.03 ** t * (1 + noise('NL_DOCTORS', 0.02)));
  const insuredPercent = Math.min(99.5, d.insuredPercent + 0.5 * t + noise('BHYT_INSURED', 0.8));
  const criteriaShare = Math.min(1, d.criteriaShare + 0.07 * t + noise('YTX_CRITERIA_MET', 0.05));
  const measured = Math.round(population * 0.092 * (1 + noise('DD_U5_MEASURED', 0.03)));
  const stuntingPercent = Math.max(5, d.stuntingPercent - 1.1 * t + noise('DD_U5_STUNTED', 0.9));
  return {
    DS_POPULATION: population,
    NL_DOCTORS: doctors,
    BHYT_INSURED: Math.round((population * insuredPercent) / 100),
    YTX_COMMUNES: d.communes,
    YTX_CRITERIA_MET: Math.max(0, Math.min(d.communes, Math.round(d.communes * criteriaShare))),
    DD_U5_MEASURED: measured,
    DD_U5_STUNTED: Math.round((measured * stuntingPercent) / 100),
  };
}

/** The province's figures in a year: its districts' added up. */
export function provinceYear(year: number, seed = DEMO_SEED): YearFigures {
  const districts = YEARLY_DISTRICTS.map((d) => districtYear(d, year, seed)!);
  return Object.fromEntries(YEARLY_ELEMENTS.map((e) => [e, districts.reduce((sum, f) => sum + f[e], 0)])) as YearFigures;
}

/** The stored values of the yearly form: the province's, every element and year of the range (with `seed`). */
export function generateYearlyValues(seed = DEMO_SEED): DataValue[] {
  const values: DataValue[] = [];
  for (const element of YEARLY_ELEMENTS) {
    for (let year = YEARLY_RANGE.from; year <= YEARLY_RANGE.to; year++) {
      const value = provinceYear(year, seed)[element];
      values.push({ dataElement: element, categoryOptionCombo: 'default', orgUnit: YEARLY_PROVINCE, period: String(year), value: String(value) });
    }
  }
  return values;
}

/**
 * Who sent the yearly form when: the province between the 5th and the 14th of January of the next year, in office
 * hours, approved two days later. Nothing after `now` (an ISO moment): a later sending or approval is not made.
 */
export function generateYearlySubmissions(now?: string, seed = DEMO_SEED): DemoSubmission[] {
  const until = now === undefined ? Infinity : Date.parse(now);
  const result: DemoSubmission[] = [];
  const orgUnit = YEARLY_PROVINCE;
  for (let year = YEARLY_RANGE.from; year <= YEARLY_RANGE.to; year++) {
    const random = randomFor(seed, 'submission', YEARLY_DATA_SET, orgUnit, year);
    const submittedOn = addDays(`${year + 1}-01-01`, 4 + Math.floor(random() * 10));
    const hour = 8 + Math.floor(random() * 8);
    const submittedAt = `${submittedOn}T${String(hour - 7).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00.000Z`;
    if (Date.parse(submittedAt) > until) continue;
    const approvalAt = `${addDays(submittedOn, 2)}T03:00:00.000Z`;
    const approvedAt = Date.parse(approvalAt) <= until ? approvalAt : null;
    result.push({ dataSet: YEARLY_DATA_SET, orgUnit, period: String(year), status: approvedAt ? 'APPROVED' : 'SUBMITTED', submittedAt, approvedAt });
  }
  return result;
}
