import { describe, expect, it } from 'vitest';
import type { DataValue } from '../datavalue/types.ts';
import { runValidation } from './run-validation.ts';
import { valueLookupFromDataValues } from './value-lookup.ts';
import { RULES, context, optionCombosOf, rule, type Row } from './validation.fixtures.ts';
import { hasBlockingViolation } from './violation.ts';

describe('runValidation with the default package', () => {
  it('flags more deaths than cases as HIGH, with the values involved', () => {
    const violations = runValidation(
      RULES,
      context([
        ['COVID19_CASES', 2],
        ['COVID19_DEATHS', 3],
      ]),
    );
    expect(violations).toEqual([
      {
        rule: 'VR_COVID19_DEATHS_LE_CASES',
        importance: 'HIGH',
        message: 'Số tử vong do COVID-19 không được lớn hơn số mắc',
        operator: '<=',
        left: 3,
        right: 2,
        values: [
          { element: 'COVID19_DEATHS', value: 3 },
          { element: 'COVID19_CASES', value: 2 },
        ],
      },
    ]);
    expect(hasBlockingViolation(violations)).toBe(true);
  });

  it('passes deaths equal to cases, and reports nothing when nothing is entered', () => {
    expect(
      runValidation(
        RULES,
        context([
          ['SXHD_CASES', 4],
          ['SXHD_DEATHS', 4],
        ]),
      ),
    ).toEqual([]);
    expect(runValidation(RULES, context([]))).toEqual([]);
  });

  it('counts a missing value as 0 once some value of the rule is entered (default strategy)', () => {
    const [violation] = runValidation([rule('VR_SOTRET_DEATHS_LE_CASES')], context([['SOTRET_DEATHS', 1]]));
    expect(violation).toMatchObject({ left: 1, right: 0 });
    expect(violation!.values).toEqual([
      { element: 'SOTRET_DEATHS', value: 1 },
      { element: 'SOTRET_CASES', value: null },
    ]);
  });

  it('sums the option combos of a disaggregated element', () => {
    const rows: Row[] = [
      ['LAO_CASES', 2, undefined, 'AFB_POS'],
      ['LAO_CASES', 1, undefined, 'EXTRAPULM'],
      ['LAO_DEATHS', 4],
    ];
    const violations = runValidation([rule('VR_LAO_DEATHS_LE_CASES')], context(rows));
    expect(violations).toMatchObject([{ rule: 'VR_LAO_DEATHS_LE_CASES', left: 4, right: 3 }]);
  });

  describe('the Đăk Kia inpatient balance', () => {
    const balance = [rule('VR_PHONG_DK_INPATIENT_BALANCE')];
    const flows: Row[] = [
      ['PHONG_DK_INPATIENT_OPEN', 30],
      ['PHONG_DK_ADMISSIONS', 5],
      ['PHONG_DK_DISCHARGES', 3],
    ];

    it('holds when the month closes with open + admissions − discharges', () => {
      expect(runValidation(balance, context([...flows, ['PHONG_DK_INPATIENT_CLOSE', 32]]))).toEqual([]);
    });

    it('fails otherwise, listing all four values', () => {
      const [violation] = runValidation(balance, context([...flows, ['PHONG_DK_INPATIENT_CLOSE', 33]]));
      expect(violation).toMatchObject({ operator: '==', left: 33, right: 32, importance: 'HIGH' });
      expect(violation!.values.map((v) => [v.element, v.value])).toEqual([
        ['PHONG_DK_INPATIENT_CLOSE', 33],
        ['PHONG_DK_INPATIENT_OPEN', 30],
        ['PHONG_DK_ADMISSIONS', 5],
        ['PHONG_DK_DISCHARGES', 3],
      ]);
    });

    it('fails when only the closing figure is entered', () => {
      expect(runValidation(balance, context([['PHONG_DK_INPATIENT_CLOSE', 12]]))).toMatchObject([{ right: 0 }]);
    });
  });

  describe('a register lower than last month (periodOffset(-1))', () => {
    const decrease = [rule('VR_HIV_REG_TOTAL_NOT_DECREASING')];

    it('is a MEDIUM warning that does not block', () => {
      const violations = runValidation(
        decrease,
        context([
          ['HIV_REG_TOTAL', 100, '202402'],
          ['HIV_REG_TOTAL', 105, '202401'],
        ]),
      );
      expect(violations).toMatchObject([{ importance: 'MEDIUM', operator: '>=', left: 100, right: 105 }]);
      expect(violations[0]!.values).toEqual([
        { element: 'HIV_REG_TOTAL', value: 100 },
        { element: 'HIV_REG_TOTAL', periodOffset: -1, value: 105 },
      ]);
      expect(hasBlockingViolation(violations)).toBe(false);
    });

    it('looks back across the new year', () => {
      const rows: Row[] = [
        ['LAO_REG_CASES', 880, '202401'],
        ['LAO_REG_CASES', 881, '202312'],
      ];
      expect(runValidation([rule('VR_LAO_REG_CASES_NOT_DECREASING')], context(rows, '202401'))).toHaveLength(1);
    });

    it('passes an increase, and is skipped when last month is missing (SKIP_IF_ANY_VALUE_MISSING)', () => {
      const rows: Row[] = [
        ['HIV_REG_TOTAL', 106, '202402'],
        ['HIV_REG_TOTAL', 105, '202401'],
      ];
      expect(runValidation(decrease, context(rows))).toEqual([]);
      expect(runValidation(decrease, context([['HIV_REG_TOTAL', 1, '202402']]))).toEqual([]);
    });
  });

  it('reads only the context org unit and period', () => {
    const elsewhere: DataValue[] = [
      { dataElement: 'TA_DEATHS', categoryOptionCombo: 'default', orgUnit: '615', period: '202402', value: '9' },
      { dataElement: 'TA_DEATHS', categoryOptionCombo: 'default', orgUnit: '608', period: '202403', value: '9' },
    ];
    const values = valueLookupFromDataValues(elsewhere, { period: '202402', orgUnit: '608', optionCombosOf });
    expect(runValidation(RULES, { values, daysInPeriod: 29 })).toEqual([]);
  });
});
