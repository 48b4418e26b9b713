/** The demo reproduces every figure of the November 2023 report (seed 001), whatever the seed. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import { generateDemoValues } from './generate-demo-values.ts';
import { SEED_001_RATES } from './seed-001-targets.ts';
import { seed001Targets } from './targets.ts';
import { indexValues, type ValueIndex } from './testing/value-index.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;
const NOV = { from: '202311', to: '202311' };
const OCT = { from: '202310', to: '202310' };

describe.each([2023, 1, 99])('seed 001 figures with seed %i', (seed) => {
  const index = indexValues(generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { seed }));

  it('meets every target of the fixture', () => {
    const targets = seed001Targets(DEFAULT_PACKAGE.diseases);
    expect(targets.length).toBeGreaterThan(150);
    const misses = targets
      .filter((t) => index.sum(t) !== t.value)
      .map((t) => `${t.element}.${t.combo} ${t.unit} ${t.from}–${t.to}: ${index.sum(t)} ≠ ${t.value}`);
    expect(misses).toEqual([]);
  });

  it('gives the report’s examples', () => {
    const tcm = (q: object) => index.sum({ element: 'TCM_CASES', ...NOV, ...q });
    expect([tcm({ unit: '608' }), tcm({ unit: '611' }), tcm({ unit: '610' }), tcm({ unit: '618' })]).toEqual([
      3, 7, 6, 1,
    ]);
    expect(tcm({ unit: '615' })).toBe(0);
    expect(tcm({ from: '202301' })).toBe(142);
    expect(tcm({ from: '202201', to: '202211' })).toBe(64);
    const vgaYtd = (unit: string) => index.sum({ element: 'VGA_CASES', from: '202301', to: '202311', unit });
    expect(['615', '617', '616', '608'].map(vgaYtd)).toEqual([4, 1, 2, 0]);
    expect(index.sum({ element: 'LAO_DEATHS', from: '202301', to: '202311', unit: '613' })).toBe(1);
    expect(index.sum({ element: 'LAO_CASES', combo: 'AFB_POS', from: '202301', to: '202311' })).toBe(350);
    expect(
      index.sum({ element: 'COVID19_CASES', from: '202201', to: '202211' }) -
        index.sum({ element: 'COVID19_CASES', from: '202301', to: '202311' }),
    ).toBe(29_601);
  });

  it('reproduces the percentages of sections 1.2, 1.3, 2 and 3', () => {
    const at = (element: string, span = NOV, combo?: string) => index.sum({ element, combo, ...span });
    const change = (element: string) => round1(((at(element) - at(element, OCT)) / at(element, OCT)) * 100);
    expect(change('KCB_VISITS')).toBe(SEED_001_RATES.change.KCB_VISITS);
    expect(change('KCB_INPATIENTS')).toBe(SEED_001_RATES.change.KCB_INPATIENTS);
    expect(occupancy(index, NOV, 30)).toEqual(rates(0));
    expect(occupancy(index, OCT, 31)).toEqual(rates(1));
    expect(Math.round((at('TC_IPV_BS_DONE') / at('TC_IPV_BS_TARGET')) * 100)).toBe(SEED_001_RATES.coverage.TC_IPV_BS);
    expect(round1((at('TC_UV_PN_DONE') / at('TC_UV_PN_TARGET')) * 100)).toBe(SEED_001_RATES.coverage.TC_UV_PN);
    expect(at('HIV_REG_TOTAL') - at('HIV_REG_DEATHS')).toBe(SEED_001_RATES.hivLiving);
    expect(round1((at('ATTP_INSPECTED_PASSED') / at('ATTP_INSPECTED')) * 100)).toBe(SEED_001_RATES.inspectedPassedRate);
  });
});

const LEVELS = ['TINH', 'HUYEN', 'PKDKKV'] as const;

function rates(i: 0 | 1): Record<string, number> {
  const o = SEED_001_RATES.occupancy;
  return { all: o.all[i], TINH: o.TINH[i], HUYEN: o.HUYEN[i], PKDKKV: o.PKDKKV[i] };
}

/** Bed occupancy overall and per level: bed-days / (plan beds × days) × 100, to one decimal. */
function occupancy(index: ValueIndex, span: { from: string; to: string }, days: number): Record<string, number> {
  const rate = (combo?: string) =>
    round1(
      (index.sum({ element: 'KCB_BED_DAYS', combo, ...span }) /
        (index.sum({ element: 'KCB_BEDS_PLAN', combo, ...span }) * days)) *
        100,
    );
  return { all: rate(), ...Object.fromEntries(LEVELS.map((l) => [l, rate(l)])) };
}
