/** DHIS2 indicators and validation rules → SYT's, their expressions translated from UIDs to codes. */
import {
  IMPORTANCES,
  MISSING_VALUE_STRATEGIES,
  type Importance,
  type Indicator,
  type MissingValueStrategy,
  type Operator,
  type ValidationRule,
} from '../metadata/types.ts';
import type { Dhis2Context } from './dhis2-context.ts';
import { translateExpression, type IdTranslation } from './dhis2-expressions.ts';
import { dhis2Messages } from './dhis2-messages.ts';
import { periodTypeOf } from './read-elements.ts';

/** DHIS2's operator names; its pair operators have no SYT counterpart. */
export const DHIS2_OPERATORS: Record<string, Operator> = {
  equal_to: '==',
  not_equal_to: '!=',
  less_than: '<',
  less_than_or_equal_to: '<=',
  greater_than: '>',
  greater_than_or_equal_to: '>=',
};

/** Decimals of an indicator that gives none (DHIS2 then shows its default of one decimal). */
const DEFAULT_DECIMALS = 1;

function translate(
  ctx: Dhis2Context,
  ids: IdTranslation,
  at: { path: string; who: string },
  field: string,
  expression: string,
) {
  const { text, issues } = translateExpression(expression, ids);
  for (const issue of issues) {
    if (issue.kind === 'unknownId')
      ctx.notes.refuse(`${at.path}.${field}`, dhis2Messages.brokenRef(at.who, field, issue.id));
    else ctx.notes.refuse(`${at.path}.${field}`, dhis2Messages.unsupportedExpression(at.who, field, issue.part));
  }
  return text.trim();
}

/** Indicators: numerator / denominator × the type's factor, written without what is 1. */
export function readIndicators(ctx: Dhis2Context, ids: IdTranslation): Indicator[] {
  const types = new Map(ctx.list('indicatorTypes').map((t) => [t.object.id, t.object.factor]));
  return ctx.list('indicators').flatMap((at) => {
    const ind = at.object;
    ctx.notes.unusedProperties('indicators', at.raw, [
      'id',
      'code',
      'name',
      'description',
      'numerator',
      'denominator',
      'indicatorType',
      'decimals',
      'annualized',
    ]);
    if (ind.annualized) ctx.notes.refuse(`${at.path}.annualized`, dhis2Messages.annualized(at.who));
    const numerator = translate(ctx, ids, at, 'numerator', ind.numerator);
    const denominator = translate(ctx, ids, at, 'denominator', ind.denominator);
    const factor = types.get(ind.indicatorType.id);
    if (factor === undefined)
      ctx.notes.refuse(
        `${at.path}.indicatorType.id`,
        dhis2Messages.brokenRef(at.who, 'indicatorType.id', ind.indicatorType.id),
      );
    const code = ctx.codeOf('indicators', ind.id)!;
    const stored = ctx.stored.indicators.find((s) => s.code === code);
    const decimals = ind.decimals ?? stored?.decimals ?? DEFAULT_DECIMALS;
    if (ind.decimals === undefined && !stored) ctx.notes.warn(at.path, dhis2Messages.noDecimals(at.who, decimals));
    return [
      {
        ...stored,
        code,
        uid: ind.id,
        name: ind.name,
        expression: indicatorExpression(numerator, denominator, factor ?? 1),
        decimals,
        ...(ind.description ? { description: ind.description } : {}),
      },
    ];
  });
}

/** `num`, `(num) / (den)`, `(num) * 100`…: the simplest form of num / den × factor. */
export function indicatorExpression(numerator: string, denominator: string, factor: number): string {
  let text = denominator === '1' ? numerator : `(${numerator}) / (${denominator})`;
  if (factor !== 1) text = `${denominator === '1' ? `(${text})` : text} * ${factor}`;
  return text;
}

/** Validation rules; the missing-value strategy must be the same on both sides. */
export function readValidationRules(ctx: Dhis2Context, ids: IdTranslation): ValidationRule[] {
  return ctx.list('validationRules').flatMap((at) => {
    const r = at.object;
    ctx.notes.unusedProperties('validationRules', at.raw, [
      'id',
      'code',
      'name',
      'instruction',
      'importance',
      'operator',
      'periodType',
      'leftSide',
      'rightSide',
    ]);
    for (const side of ['leftSide', 'rightSide'] as const)
      ctx.notes.unusedProperties('validationRules', r[side], ['expression', 'missingValueStrategy'], `${side}.`);
    const operator = DHIS2_OPERATORS[r.operator];
    if (!operator)
      ctx.notes.refuse(
        `${at.path}.operator`,
        dhis2Messages.unsupportedValue(at.who, 'operator', r.operator, Object.keys(DHIS2_OPERATORS)),
      );
    const left = r.leftSide.missingValueStrategy ?? 'NEVER_SKIP';
    const right = r.rightSide.missingValueStrategy ?? 'NEVER_SKIP';
    if (left !== right)
      ctx.notes.refuse(`${at.path}.rightSide.missingValueStrategy`, dhis2Messages.sidesDiffer(at.who));
    if (!(MISSING_VALUE_STRATEGIES as readonly string[]).includes(left))
      ctx.notes.refuse(
        `${at.path}.leftSide.missingValueStrategy`,
        dhis2Messages.unsupportedValue(at.who, 'missingValueStrategy', left, MISSING_VALUE_STRATEGIES),
      );
    const importance = r.importance ?? 'MEDIUM';
    if (!(IMPORTANCES as readonly string[]).includes(importance))
      ctx.notes.refuse(
        `${at.path}.importance`,
        dhis2Messages.unsupportedValue(at.who, 'importance', importance, IMPORTANCES),
      );
    const periodType = periodTypeOf(ctx, at, r.periodType);
    const leftText = translate(ctx, ids, at, 'leftSide.expression', r.leftSide.expression);
    const rightText = translate(ctx, ids, at, 'rightSide.expression', r.rightSide.expression);
    if (!r.instruction) ctx.notes.warn(at.path, dhis2Messages.messageFromName(at.who));
    if (!operator || !periodType) return [];
    return [
      {
        code: ctx.codeOf('validationRules', r.id)!,
        uid: r.id,
        name: r.name,
        left: leftText,
        operator,
        right: rightText,
        importance: importance as Importance,
        missingValueStrategy: left as MissingValueStrategy,
        periodType,
        message: r.instruction ?? r.name,
      },
    ];
  });
}
