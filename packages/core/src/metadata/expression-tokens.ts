/**
 * Tokenizer for indicator and validation-rule expressions:
 * `#{CODE}`, `#{CODE.OPTION}`, an optional `.periodOffset(n)` after a reference,
 * numbers, `+ - * /`, parentheses and `[days]`.
 */

export type ExpressionToken =
  | { kind: 'ref'; element: string; option?: string; periodOffset?: number; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'operator'; value: '+' | '-' | '*' | '/'; at: number }
  | { kind: 'paren'; value: '(' | ')'; at: number }
  | { kind: 'days'; at: number };

/** Thrown for text that is not a well-formed expression; `at` is the offending character's index. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'ExpressionSyntaxError';
  }
}

const REF = /#\{([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_-]+))?\}(?:\.periodOffset\(\s*([+-]?\d+)\s*\))?/y;
const NUMBER = /\d+(?:\.\d+)?/y;
const DAYS = /\[days\]/y;
const SPACE = /\s+/y;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function refToken(m: RegExpExecArray, at: number): ExpressionToken {
  const token: ExpressionToken = { kind: 'ref', element: m[1]!, at };
  if (m[2] !== undefined) token.option = m[2];
  if (m[3] !== undefined) token.periodOffset = Number(m[3]);
  return token;
}

/** Splits an expression into tokens; throws `ExpressionSyntaxError` on characters it does not know or on bad structure. */
export function tokenizeExpression(expr: string): ExpressionToken[] {
  const tokens = lexExpression(expr);
  checkStructure(tokens, expr.length);
  return tokens;
}

/** Splits an expression into tokens without checking their order; throws `ExpressionSyntaxError` on unknown characters. */
export function lexExpression(expr: string): ExpressionToken[] {
  const tokens: ExpressionToken[] = [];
  let at = 0;
  while (at < expr.length) {
    const ch = expr[at]!;
    let m: RegExpExecArray | null;
    if ((m = matchAt(SPACE, expr, at))) {
      at += m[0].length;
      continue;
    }
    if ((m = matchAt(REF, expr, at))) tokens.push(refToken(m, at));
    else if ((m = matchAt(NUMBER, expr, at))) tokens.push({ kind: 'number', value: Number(m[0]), at });
    else if ((m = matchAt(DAYS, expr, at))) tokens.push({ kind: 'days', at });
    else if (ch === '+' || ch === '-' || ch === '*' || ch === '/') tokens.push({ kind: 'operator', value: ch, at });
    else if (ch === '(' || ch === ')') tokens.push({ kind: 'paren', value: ch, at });
    else throw new ExpressionSyntaxError(`Unexpected "${ch}"`, at);
    at += m ? m[0].length : 1;
  }
  return tokens;
}

/** Operands and binary operators must alternate (a leading `-` is unary) and parentheses must balance. */
function checkStructure(tokens: ExpressionToken[], end: number): void {
  let expectOperand = true;
  let depth = 0;
  for (const t of tokens) {
    const isOperand = t.kind === 'ref' || t.kind === 'number' || t.kind === 'days';
    if (t.kind === 'paren' && t.value === '(') {
      if (!expectOperand) throw new ExpressionSyntaxError('Unexpected "("', t.at);
      depth++;
    } else if (t.kind === 'paren') {
      if (expectOperand || depth === 0) throw new ExpressionSyntaxError('Unexpected ")"', t.at);
      depth--;
    } else if (isOperand) {
      if (!expectOperand) throw new ExpressionSyntaxError('Missing operator', t.at);
      expectOperand = false;
    } else if (!expectOperand) {
      expectOperand = true;
    } else if (!(t.kind === 'operator' && t.value === '-')) {
      throw new ExpressionSyntaxError('Missing operand', t.at);
    }
  }
  if (expectOperand) throw new ExpressionSyntaxError('Expression ends without an operand', end);
  if (depth !== 0) throw new ExpressionSyntaxError('Unclosed "("', end);
}
