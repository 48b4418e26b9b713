/** Indicator and validation-rule expressions: well formed, and every `#{CODE.OPTION}` exists. */
import { expressionRefs, type ExpressionRef } from './expression-refs.ts';
import { ExpressionSyntaxError } from './expression-tokens.ts';
import { messages } from './messages.ts';
import type { PackageIndex } from './package-index.ts';
import { problem, type PackageProblem } from './package-problem.ts';
import type { MetadataPackage } from './types.ts';

/** Problems of one expression found at `path`. */
export function checkExpression(expr: string, path: string, index: PackageIndex): PackageProblem[] {
  let refs: ExpressionRef[];
  try {
    refs = expressionRefs(expr);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return [problem(path, messages.badExpression(error.at))];
    throw error;
  }
  return refs.flatMap((ref) => refProblems(ref, path, index));
}

function refProblems(ref: ExpressionRef, path: string, index: PackageIndex): PackageProblem[] {
  const element = index.elements.get(ref.element);
  if (!element) return [problem(path, messages.unknown('dataElement', ref.element))];
  if (ref.option === undefined) return [];
  const optionCombos = index.optionCombos.get(element.categoryCombo);
  // An unknown combo is already reported on the element itself.
  if (!optionCombos || optionCombos.has(ref.option)) return [];
  return [problem(path, messages.unknownOptionCombo(ref.element, ref.option))];
}

/** Checks every indicator expression and both sides of every validation rule. */
export function checkExpressions(pkg: MetadataPackage, index: PackageIndex): PackageProblem[] {
  return [
    ...pkg.indicators.flatMap((ind, i) => checkExpression(ind.expression, `indicators[${i}].expression`, index)),
    ...pkg.validationRules.flatMap((rule, i) => [
      ...checkExpression(rule.left, `validationRules[${i}].left`, index),
      ...checkExpression(rule.right, `validationRules[${i}].right`, index),
    ]),
  ];
}
