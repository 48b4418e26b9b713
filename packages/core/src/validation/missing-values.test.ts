/** The missing-value strategies and the comparison of computed sides. */
import { describe, expect, it } from 'vitest';
import type { ValidationRule } from '../metadata/types.ts';
import { runValidation } from './run-validation.ts';
import { context, rule, type Row } from './validation.fixtures.ts';

describe('missing-value strategies', () => {
  const base = rule('VR_COVID19_DEATHS_LE_CASES');
  const positive = (strategy: ValidationRule['missingValueStrategy']): ValidationRule => ({
    ...base,
    code: 'VR_CASES_POSITIVE',
    left: '#{COVID19_CASES} + #{COVID19_DEATHS}',
    operator: '>',
    right: '0',
    importance: 'LOW',
    missingValueStrategy: strategy,
  });

  it('SKIP_IF_ALL_VALUES_MISSING skips a rule whose values are all missing', () => {
    expect(runValidation([positive('SKIP_IF_ALL_VALUES_MISSING')], context([]))).toEqual([]);
  });

  it('SKIP_IF_ANY_VALUE_MISSING skips as soon as one value is missing', () => {
    const rows: Row[] = [['COVID19_DEATHS', 3]];
    expect(runValidation([{ ...base, missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING' }], context(rows))).toEqual([]);
    expect(
      runValidation([{ ...base, missingValueStrategy: 'SKIP_IF_ALL_VALUES_MISSING' }], context(rows)),
    ).toHaveLength(1);
  });

  it('NEVER_SKIP runs with every missing value as 0, and passes the importance through', () => {
    const [violation] = runValidation([positive('NEVER_SKIP')], context([]));
    expect(violation).toMatchObject({ rule: 'VR_CASES_POSITIVE', importance: 'LOW', left: 0, right: 0 });
    expect(violation!.values.every((v) => v.value === null)).toBe(true);
    expect(runValidation([{ ...base, missingValueStrategy: 'NEVER_SKIP' }], context([]))).toEqual([]);
  });

  it('skips a side that divides by zero, and compares with a tolerance', () => {
    const ratio: ValidationRule = { ...base, left: '#{COVID19_DEATHS} / #{COVID19_CASES}', right: '1' };
    expect(runValidation([ratio], context([['COVID19_DEATHS', 2]]))).toEqual([]);
    const tenths: ValidationRule = { ...base, left: '#{COVID19_CASES} + 0.2', operator: '==', right: '0.3' };
    expect(runValidation([tenths], context([['COVID19_CASES', 0.1]]))).toEqual([]);
  });
});
