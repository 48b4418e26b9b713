/** Demo values obey the package's validation rules and the register and subset laws, for any seed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataValue } from '../datavalue/types.ts';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import { generateDemoValues } from './generate-demo-values.ts';
import { monthRange, shiftMonth } from './months.ts';
import { seed001Targets } from './targets.ts';
import { checkRule, type Lookup } from './testing/evaluate-rule.ts';
import { indexValues } from './testing/value-index.ts';

const MONTHS = monthRange('201901', '202312');
const PROVINCE = '62';
const DISTRICTS = KONTUM_ORG_UNITS.dataSetAssignments['BTN_THANG']!;

/** Registers that only ever grow. */
const GROWING = [
  'LAO_REG_CASES',
  'LAO_REG_DEATHS',
  'LAO_REG_COMPLETED',
  'HIV_REG_TOTAL',
  'HIV_REG_DEATHS',
  'HIV_REG_AIDS',
  'TC_IPV_BS_DONE',
  'TC_UV_PN_DONE',
];
/** [part, whole] pairs that must hold in every unit and month beyond the package's own rules. */
const PARTS = [
  ['SXHD_OUTBREAKS', 'SXHD_CASES'],
  ['TCMR_FULL_DONE', 'TCMR_FULL_TARGET'],
  ['TC_IPV_BS_DONE', 'TC_IPV_BS_TARGET'],
  ['TC_UV_PN_DONE', 'TC_UV_PN_TARGET'],
  ['HIV_ARV', 'HIV_REG_REACHED'],
  ['HIV_INH', 'HIV_ARV'],
  ['KDYT_SUSPECTED', 'KDYT_CHECKED'],
  ['ATTP_POISONING_DEATHS', 'ATTP_POISONING_CASES'],
] as const;

/** Rule failures as "rule unit month", evaluating each unit with its subtree (the province sums its districts). */
function ruleFailures(values: DataValue[]): string[] {
  const index = indexValues(values);
  const lookupAt =
    (units: readonly string[]): Lookup =>
    (element, option, month) => {
      const cells = units.map((unit) => index.sum({ element, combo: option, unit, from: month, to: month }));
      const stored = units.some((unit) =>
        index.cells(element).some(([c, u, p]) => u === unit && p === month && (!option || c === option)),
      );
      return stored ? cells.reduce((a, b) => a + b, 0) : undefined;
    };
  const scopes: [string, readonly string[]][] = [
    [PROVINCE, [PROVINCE, ...DISTRICTS]],
    ...DISTRICTS.map((d): [string, string[]] => [d, [d]]),
  ];
  return DEFAULT_PACKAGE.validationRules.flatMap((rule) =>
    scopes.flatMap(([name, units]) =>
      MONTHS.filter((month) => checkRule(rule, lookupAt(units), month) === 'failed').map(
        (month) => `${rule.code} ${name} ${month}`,
      ),
    ),
  );
}

describe.each([2023, 5])('demo consistency with seed %i', (seed) => {
  const values = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { seed });
  const index = indexValues(values);
  const at = (element: string, unit: string, month: string) => index.sum({ element, unit, from: month, to: month });

  it('passes every validation rule of the package in every unit and month', () => {
    expect(ruleFailures(values)).toEqual([]);
  });

  it('never lets a register decrease', () => {
    for (const element of GROWING) {
      const drops = MONTHS.slice(1).filter((m) => at(element, PROVINCE, m) < at(element, PROVINCE, shiftMonth(m, -1)));
      expect(drops, element).toEqual([]);
    }
  });

  it('carries the Đăk Kia inpatients over: each month opens with the last one’s close', () => {
    for (const m of MONTHS.slice(1)) {
      expect(at('PHONG_DK_INPATIENT_OPEN', PROVINCE, m), m).toBe(
        at('PHONG_DK_INPATIENT_CLOSE', PROVINCE, shiftMonth(m, -1)),
      );
    }
  });

  it('keeps parts within their wholes and balances the TB register', () => {
    for (const [part, whole] of PARTS) {
      for (const unit of [PROVINCE, ...DISTRICTS]) {
        const over = MONTHS.filter((m) => at(part, unit, m) > at(whole, unit, m));
        expect(over, `${part} ≤ ${whole} at ${unit}`).toEqual([]);
      }
    }
    for (const m of MONTHS) {
      const balance =
        at('LAO_REG_CASES', PROVINCE, m) - at('LAO_REG_DEATHS', PROVINCE, m) - at('LAO_REG_COMPLETED', PROVINCE, m);
      expect(balance, m).toBe(at('LAO_REG_ACTIVE', PROVINCE, m));
    }
  });

  it('follows the seasons: dengue peaks in the rainy season, COVID-19 in 2022', () => {
    const monthly = (element: string, months: string[]) =>
      months.reduce((s, m) => s + index.sum({ element, from: m, to: m }), 0);
    const years = ['2019', '2020', '2021', '2022'];
    const rainy = monthly(
      'SXHD_CASES',
      years.flatMap((y) => ['06', '07', '08', '09', '10'].map((mm) => y + mm)),
    );
    const dry = monthly(
      'SXHD_CASES',
      years.flatMap((y) => ['01', '02', '03', '04', '12'].map((mm) => y + mm)),
    );
    expect(rainy).toBeGreaterThan(3 * dry);
    const covid = (y: string) => index.sum({ element: 'COVID19_CASES', from: `${y}01`, to: `${y}12` });
    expect(covid('2022')).toBeGreaterThan(100 * covid('2023'));
  });
});

describe('any seed', () => {
  it('meets the report’s figures and the package’s rules', () => {
    const targets = seed001Targets(DEFAULT_PACKAGE.diseases);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const values = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { seed });
        const index = indexValues(values);
        expect(targets.filter((t) => index.sum(t) !== t.value)).toEqual([]);
        expect(ruleFailures(values)).toEqual([]);
      }),
      { numRuns: 4 },
    );
  });
});

describe('the rule check itself', () => {
  it('catches deaths above cases', () => {
    const broken: DataValue[] = [
      { dataElement: 'LAO_DEATHS', categoryOptionCombo: 'default', orgUnit: '613', period: '202001', value: '3' },
      { dataElement: 'LAO_CASES', categoryOptionCombo: 'AFB_POS', orgUnit: '613', period: '202001', value: '2' },
    ];
    expect(ruleFailures(broken)).toEqual(['VR_LAO_DEATHS_LE_CASES 62 202001', 'VR_LAO_DEATHS_LE_CASES 613 202001']);
  });
});
