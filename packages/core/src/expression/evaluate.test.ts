import { describe, expect, it } from 'vitest';
import type { ExpressionRef } from './ast.ts';
import { evaluate, evaluateMissingAsZero, withMissingAsZero, type ExpressionLookup } from './evaluate.ts';
import { formatExpression } from './format.ts';
import { parseExpression } from './parse.ts';
import { formatRef, referencesOf } from './references.ts';
import { nearlyEqual } from './tolerance.ts';

/** A lookup over `#{…}` texts; anything not listed is missing. */
function lookup(values: Record<string, number>, days = 30): ExpressionLookup {
  return { days, value: (ref: ExpressionRef) => values[formatRef(ref)] ?? null };
}

const run = (expr: string, values: Record<string, number> = {}, days?: number) =>
  evaluate(parseExpression(expr), lookup(values, days));

describe('evaluate', () => {
  it('respects precedence, parentheses and unary minus', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('8 - 4 - 2')).toBe(2);
    expect(run('8 / 4 / 2')).toBe(1);
    expect(run('-2 * -3')).toBe(6);
    expect(run('-(4 - 6)')).toBe(2);
    expect(Object.is(run('-0'), 0)).toBe(true);
  });

  it('reads references, options, offsets and [days]', () => {
    const values = { '#{A}': 10, '#{A.X}': 4, '#{A}.periodOffset(-1)': 7 };
    expect(run('#{A} - #{A}.periodOffset(-1)', values)).toBe(3);
    expect(run('#{A.X} * [days]', values, 31)).toBe(124);
  });

  it('computes bed occupancy for a 30-day month', () => {
    expect(
      run(
        '#{KCB_BED_DAYS} / (#{KCB_BEDS_PLAN} * [days]) * 100',
        { '#{KCB_BED_DAYS}': 2_700, '#{KCB_BEDS_PLAN}': 100 },
        30,
      ),
    ).toBe(90);
  });

  it('is null on division by zero and on a missing reference', () => {
    expect(run('1 / 0')).toBeNull();
    expect(run('1 / (2 - 2)')).toBeNull();
    expect(run('#{A} + 1')).toBeNull();
    expect(run('#{A} + #{B}', { '#{A}': 1 })).toBeNull();
  });
});

describe('evaluateMissingAsZero', () => {
  const ast = parseExpression('#{HIV_REG_TOTAL} - #{HIV_REG_DEATHS}');

  it('counts a missing reference as 0 when another one has a value', () => {
    expect(evaluateMissingAsZero(ast, lookup({ '#{HIV_REG_TOTAL}': 120 }))).toBe(120);
    expect(evaluateMissingAsZero(ast, lookup({ '#{HIV_REG_DEATHS}': 20 }))).toBe(-20);
  });

  it('is null when every reference is missing', () => {
    expect(evaluateMissingAsZero(ast, lookup({}))).toBeNull();
  });

  it('evaluates expressions without references as they are', () => {
    expect(evaluateMissingAsZero(parseExpression('2 * [days]'), lookup({}, 29))).toBe(58);
  });

  it('keeps division by zero null', () => {
    const occupancy = parseExpression('#{KCB_BED_DAYS} / (#{KCB_BEDS_PLAN} * [days]) * 100');
    expect(evaluateMissingAsZero(occupancy, lookup({ '#{KCB_BED_DAYS}': 50 }))).toBeNull();
  });

  it('looks each distinct reference up once', () => {
    const asked: string[] = [];
    const counting: ExpressionLookup = { days: 1, value: (ref) => (asked.push(formatRef(ref)), 1) };
    expect(evaluateMissingAsZero(parseExpression('#{A} + #{A} * #{B}'), counting)).toBe(2);
    expect(asked).toEqual(['#{A}', '#{B}']);
  });
});

describe('withMissingAsZero', () => {
  it('reads missing values as 0 and keeps the others', () => {
    const wrapped = withMissingAsZero(lookup({ '#{A}': 5 }, 7));
    expect(evaluate(parseExpression('#{A} + #{B} + [days]'), wrapped)).toBe(12);
  });
});

describe('referencesOf and formatRef', () => {
  it('lists distinct references in order of first appearance', () => {
    const ast = parseExpression('#{B.X} + #{A} * #{B.X} - #{A}.periodOffset(-1) + #{A}.periodOffset(0)');
    expect(referencesOf(ast)).toEqual([
      { element: 'B', option: 'X' },
      { element: 'A' },
      { element: 'A', periodOffset: -1 },
    ]);
    expect(referencesOf(parseExpression('1 + [days]'))).toEqual([]);
  });

  it('writes references back as expression text', () => {
    expect(formatRef({ element: 'A', option: 'X', periodOffset: -1 })).toBe('#{A.X}.periodOffset(-1)');
    expect(formatRef({ element: 'A', periodOffset: 0 })).toBe('#{A}');
  });
});

describe('formatExpression', () => {
  it('prints only the parentheses the grammar needs', () => {
    const text = '#{KCB_BED_DAYS} / (#{KCB_BEDS_PLAN} * [days]) * 100';
    expect(formatExpression(parseExpression(text))).toBe(text);
    expect(formatExpression(parseExpression('((1 + 2)) - (3 - 4) + -(5 * 6)'))).toBe('1 + 2 - (3 - 4) + -(5 * 6)');
  });
});

describe('nearlyEqual', () => {
  it('absorbs binary rounding error only', () => {
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(1e12 + 0.0001, 1e12)).toBe(true);
    expect(nearlyEqual(1, 1.000001)).toBe(false);
    expect(nearlyEqual(0, 1e-6)).toBe(false);
  });
});
