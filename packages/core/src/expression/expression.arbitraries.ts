/** Test-only fast-check generators for expressions; not exported from the package. */
import fc from 'fast-check';
import type { ExpressionAst } from './ast.ts';

const refArb: fc.Arbitrary<ExpressionAst> = fc
  .record(
    {
      element: fc.constantFrom('A', 'B', 'KCB_BED_DAYS'),
      option: fc.constantFrom('TINH', 'X1'),
      periodOffset: fc.integer({ min: -3, max: 3 }).filter((k) => k !== 0),
    },
    { requiredKeys: ['element'] },
  )
  .map((ref) => ({ kind: 'ref', ref }));

/** Any syntax tree the parser can produce (non-negative literals; signs come from `negate`). */
export const astArb: fc.Arbitrary<ExpressionAst> = fc.letrec<{ ast: ExpressionAst }>((tie) => ({
  ast: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: 0, max: 100_000 }).map((k): ExpressionAst => ({ kind: 'number', value: k / 100 })),
    fc.constant<ExpressionAst>({ kind: 'days' }),
    refArb,
    tie('ast').map((operand): ExpressionAst => ({ kind: 'negate', operand })),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/' as const), tie('ast'), tie('ast'))
      .map(([operator, left, right]): ExpressionAst => ({ kind: 'binary', operator, left, right })),
  ),
})).ast;

/** Strings of expression pieces, mostly malformed: for comparing the parser with the tokenizer's checks. */
export const pieceSoupArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('#{A}', '2', '[days]', '+', '-', '*', '/', '(', ')', ' '), { maxLength: 12 })
  .map((pieces) => pieces.join(''));
