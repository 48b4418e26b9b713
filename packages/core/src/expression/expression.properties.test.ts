/** Laws of the expression parser and evaluator over arbitrary trees. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExpressionSyntaxError, tokenizeExpression } from '../metadata/expression-tokens.ts';
import { evaluate } from './evaluate.ts';
import { astArb, pieceSoupArb } from './expression.arbitraries.ts';
import { formatExpression } from './format.ts';
import { parseExpression } from './parse.ts';

function errorAt(run: () => unknown): number | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error.at;
    throw error;
  }
}

describe('expression laws', () => {
  it('parse ∘ format = id', () => {
    fc.assert(
      fc.property(astArb, (ast) => {
        expect(parseExpression(formatExpression(ast))).toEqual(ast);
      }),
    );
  });

  it('the parser accepts exactly what the metadata checks accept, failing at the same character', () => {
    fc.assert(
      fc.property(pieceSoupArb, (expr) => {
        expect(errorAt(() => parseExpression(expr))).toBe(errorAt(() => tokenizeExpression(expr)));
      }),
      { numRuns: 2000 },
    );
  });

  it('a missing reference makes the whole expression missing', () => {
    fc.assert(
      fc.property(astArb, (ast) => {
        const text = formatExpression(ast);
        const allMissing = evaluate(ast, { days: 30, value: () => null });
        if (text.includes('#{')) expect(allMissing).toBeNull();
      }),
    );
  });
});
