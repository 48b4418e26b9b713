/** The demo generator's contract: deterministic, complete, placed by data set, well-formed. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import { DEMO_PERIOD_RANGE, generateDemoValues } from './generate-demo-values.ts';
import { monthRange } from './months.ts';
import { notMonthlyElements } from './placement.ts';

const values = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS);
const DISTRICTS = KONTUM_ORG_UNITS.dataSetAssignments['BTN_THANG']!;
const diseaseElements = new Set(DEFAULT_PACKAGE.diseases.flatMap((d) => [d.casesElement, d.deathsElement]));
// The yearly form's elements come from `generateYearlyValues`, not the monthly generator.
const monthlyElements = DEFAULT_PACKAGE.dataElements.filter((e) => !notMonthlyElements(DEFAULT_PACKAGE).has(e.code));

describe('generateDemoValues', () => {
  it('is deterministic: the same seed gives identical values, another seed different ones', () => {
    expect(generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS)).toEqual(values);
    const other = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { seed: 7 });
    expect(other).not.toEqual(values);
    expect(generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { seed: 7 })).toEqual(other);
  });

  it('covers 201901–202312 and every element and option combo of the monthly forms', () => {
    expect(DEMO_PERIOD_RANGE).toEqual({ from: '201901', to: '202312' });
    const withZeros = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { includeZeros: true });
    const seen = new Set(withZeros.map((v) => `${v.dataElement}.${v.categoryOptionCombo}`));
    const combosOf = (combo: string) =>
      DEFAULT_PACKAGE.categories.find((c) => c.code === combo)?.options.map((o) => o.code) ?? ['default'];
    expect(monthlyElements.length).toBeLessThan(DEFAULT_PACKAGE.dataElements.length);
    for (const e of monthlyElements) {
      for (const combo of combosOf(e.categoryCombo)) expect(seen, `${e.code}.${combo}`).toContain(`${e.code}.${combo}`);
    }
    expect(new Set(withZeros.map((v) => v.period))).toEqual(new Set(monthRange('201901', '202312')));
  });

  it('omits zeros, so only diseases that never occur (or never kill) lack stored values', () => {
    const stored = new Set(values.map((v) => v.dataElement));
    const silent = monthlyElements.map((e) => e.code).filter((c) => !stored.has(c));
    expect(silent.filter((c) => !diseaseElements.has(c))).toEqual([]);
    expect(values.some((v) => v.value === '0')).toBe(false);
    for (const code of ['TCM_CASES', 'SXHD_CASES', 'LAO_CASES', 'COVID19_DEATHS', 'DAI_DEATHS'])
      expect(stored).toContain(code);
  });

  it('places elements by data set: disease form at districts, the rest on the province', () => {
    const btn = DEFAULT_PACKAGE.dataSets.find((d) => d.code === 'BTN_THANG')!;
    const districtElements = new Set(btn.sections.flatMap((s) => s.dataElements));
    for (const v of values) {
      const expected = districtElements.has(v.dataElement) ? DISTRICTS : ['62'];
      expect(expected, `${v.dataElement} at ${v.orgUnit}`).toContain(v.orgUnit);
    }
  });

  it('stores non-negative integers as text, with a sane count', () => {
    for (const v of values) expect(v.value).toMatch(/^[1-9]\d*$/);
    expect(values.length).toBeGreaterThan(4_000);
    expect(values.length).toBeLessThan(20_000);
  });

  it('returns a slice of the same values for a narrower range', () => {
    const slice = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: '202210', to: '202303' });
    expect(slice).toEqual(values.filter((v) => v.period >= '202210' && v.period <= '202303'));
    expect(() => generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: '2023-01' })).toThrow();
  });

  it('extends past the demo range without values for units after they close', () => {
    const later = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: '202506', to: '202508' });
    expect(new Set(later.map((v) => v.period))).toEqual(new Set(['202506']));
  });
});
