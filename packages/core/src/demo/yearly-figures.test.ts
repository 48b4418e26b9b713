/** The province's yearly form in the demo: deterministic, plausible for 540,000–580,000 people, parts within wholes. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import {
  districtYear, generateYearlySubmissions, generateYearlyValues, provinceYear, YEARLY_DATA_SET, YEARLY_DISTRICTS, YEARLY_PROVINCE,
} from './yearly-figures.ts';

const values = generateYearlyValues();
const province = (element: string, year: number) =>
  values.filter((v) => v.dataElement === element && v.period === String(year)).reduce((s, v) => s + Number(v.value), 0);
const rate = (part: string, whole: string, year: number, scale = 100) => (province(part, year) / province(whole, year)) * scale;
const YEARS = [2019, 2020, 2021, 2022, 2023];

describe('generateYearlyValues', () => {
  it('is deterministic: the same seed gives identical values, another seed different ones', () => {
    expect(generateYearlyValues()).toEqual(values);
    expect(generateYearlyValues(7)).not.toEqual(values);
    expect(generateYearlyValues(7)).toEqual(generateYearlyValues(7));
  });

  it('fills the yearly form where it is assigned, 2019 to 2023, as positive integers: the sums of the districts', () => {
    const form = DEFAULT_PACKAGE.dataSets.find((d) => d.code === YEARLY_DATA_SET)!;
    const elements = form.sections.flatMap((s) => s.dataElements);
    expect(KONTUM_ORG_UNITS.dataSetAssignments[YEARLY_DATA_SET]).toEqual([YEARLY_PROVINCE]);
    expect(YEARLY_DISTRICTS).toEqual(KONTUM_ORG_UNITS.dataSetAssignments['BTN_THANG']);
    expect(values).toHaveLength(elements.length * YEARS.length);
    expect(new Set(values.map((v) => v.orgUnit))).toEqual(new Set([YEARLY_PROVINCE]));
    expect(province('DS_POPULATION', 2021)).toBe(YEARLY_DISTRICTS.reduce((s, d) => s + districtYear(d, 2021)!.DS_POPULATION, 0));
    expect(provinceYear(2021).DS_POPULATION).toBe(province('DS_POPULATION', 2021));
    expect(new Set(values.map((v) => v.dataElement))).toEqual(new Set(elements));
    expect(new Set(values.map((v) => v.period))).toEqual(new Set(YEARS.map(String)));
    for (const v of values) expect(v.value).toMatch(/^[1-9]\d*$/);
  });

  it('is plausible for the province: its people, doctors, insurance, communes and stunting', () => {
    expect(province('DS_POPULATION', 2019)).toBeGreaterThan(520_000);
    expect(province('DS_POPULATION', 2023)).toBeGreaterThan(565_000);
    expect(province('DS_POPULATION', 2023)).toBeLessThan(595_000);
    expect(province('YTX_COMMUNES', 2023)).toBe(102);
    for (const year of YEARS) {
      expect(rate('NL_DOCTORS', 'DS_POPULATION', year, 10_000)).toBeGreaterThan(7);
      expect(rate('NL_DOCTORS', 'DS_POPULATION', year, 10_000)).toBeLessThan(12);
      expect(rate('BHYT_INSURED', 'DS_POPULATION', year)).toBeGreaterThan(88);
      expect(rate('DD_U5_STUNTED', 'DD_U5_MEASURED', year)).toBeGreaterThan(18);
      expect(rate('DD_U5_STUNTED', 'DD_U5_MEASURED', year)).toBeLessThan(35);
    }
    // The trends: more communes meet the criteria, fewer children are stunted, more people are insured.
    expect(rate('YTX_CRITERIA_MET', 'YTX_COMMUNES', 2023)).toBeGreaterThan(rate('YTX_CRITERIA_MET', 'YTX_COMMUNES', 2019) + 15);
    expect(rate('DD_U5_STUNTED', 'DD_U5_MEASURED', 2023)).toBeLessThan(rate('DD_U5_STUNTED', 'DD_U5_MEASURED', 2019) - 2);
    expect(rate('BHYT_INSURED', 'DS_POPULATION', 2023)).toBeGreaterThan(rate('BHYT_INSURED', 'DS_POPULATION', 2019));
  });

  it('keeps every part within its whole in every district and year, as the form’s rules ask', () => {
    for (const district of YEARLY_DISTRICTS) {
      for (let year = 2018; year <= 2026; year++) {
        const f = districtYear(district, year)!;
        expect(f.BHYT_INSURED).toBeLessThanOrEqual(f.DS_POPULATION);
        expect(f.YTX_CRITERIA_MET).toBeLessThanOrEqual(f.YTX_COMMUNES);
        expect(f.DD_U5_STUNTED).toBeLessThanOrEqual(f.DD_U5_MEASURED);
        expect(f.NL_DOCTORS).toBeLessThan(f.DS_POPULATION / 100);
      }
    }
    expect(districtYear('51', 2023)).toBeUndefined();
  });
});

describe('generateYearlySubmissions', () => {
  it('sends each year’s form in January of the next year, and nothing after the clock', () => {
    const all = generateYearlySubmissions();
    expect(all).toHaveLength(YEARS.length);
    expect(new Set(all.map((s) => s.orgUnit))).toEqual(new Set([YEARLY_PROVINCE]));
    for (const s of all) expect(s.submittedAt.slice(0, 7)).toBe(`${Number(s.period) + 1}-01`);
    const now = all.find((s) => s.period === '2022')!.submittedAt;
    const early = generateYearlySubmissions(now);
    expect(early.length).toBeLessThan(all.length);
    for (const s of early) {
      expect(s.submittedAt <= now).toBe(true);
      if (s.approvedAt) expect(s.approvedAt <= now).toBe(true);
      else expect(s.status).toBe('SUBMITTED');
    }
  });
});
