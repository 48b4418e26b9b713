/**
 * DHIS2's `filter` parameter on metadata lists: `property:operator:value`, properties dotted through references
 * (`parent.id`), several filters joined by AND (or OR with `rootJunction=OR`).
 */
import { isRef, type Ref } from './fields.ts';

export const FILTER_OPERATORS = [
  'eq', '!eq', 'ne', 'like', '!like', '$like', '!$like', 'like$', '!like$', 'ilike', '!ilike', '$ilike', '!$ilike',
  'ilike$', '!ilike$', 'in', '!in', 'null', '!null', 'gt', 'ge', 'lt', 'le',
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export interface Filter {
  path: string[];
  operator: FilterOperator;
  value: string;
}

/** A filter that cannot be read, with what was wrong (the caller words the message). */
export class FilterSyntaxError extends Error {
  constructor(
    readonly filter: string,
    readonly reason: 'shape' | 'operator',
  ) {
    super(filter);
  }
}

/** Parses one `filter` value (the value itself may contain `:`). */
export function parseFilter(text: string): Filter {
  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  const property = first < 0 ? '' : text.slice(0, first);
  const operator = second < 0 ? text.slice(first + 1) : text.slice(first + 1, second);
  if (!/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/.test(property)) throw new FilterSyntaxError(text, 'shape');
  if (!(FILTER_OPERATORS as readonly string[]).includes(operator)) throw new FilterSyntaxError(text, 'operator');
  const unary = operator === 'null' || operator === '!null';
  if (!unary && second < 0) throw new FilterSyntaxError(text, 'shape');
  return { path: property.split('.'), operator: operator as FilterOperator, value: second < 0 ? '' : text.slice(second + 1) };
}

/** The values a dotted path reaches in an object (several through arrays), references followed by `resolve`. */
function reach(object: unknown, path: readonly string[], resolve: (ref: Ref) => Record<string, unknown> | null): unknown[] {
  if (path.length === 0) return [object];
  if (Array.isArray(object)) return object.flatMap((item) => reach(item, path, resolve));
  if (isRef(object)) return path[0] === 'id' && path.length === 1 ? [object.id] : reach(resolve(object), path, resolve);
  if (typeof object !== 'object' || object === null) return [];
  return reach((object as Record<string, unknown>)[path[0]!], path.slice(1), resolve);
}

const listOf = (value: string) => value.replace(/^\[|\]$/g, '').split(',');

function test(operator: FilterOperator, actual: unknown, wanted: string): boolean {
  const negated = operator.startsWith('!') || operator === 'ne';
  const base = operator === 'ne' ? 'eq' : operator.replace(/^!/, '');
  if (base === 'null') return (actual === undefined || actual === null) !== negated;
  if (actual === undefined || actual === null) return negated;
  const text = String(actual);
  const insensitive = base.includes('ilike');
  const [have, want] = insensitive ? [text.toLocaleLowerCase('vi'), wanted.toLocaleLowerCase('vi')] : [text, wanted];
  let result: boolean;
  if (base === 'eq') result = have === want;
  else if (base === 'in') result = listOf(wanted).includes(text);
  else if (base.startsWith('$')) result = have.startsWith(want);
  else if (base.endsWith('$')) result = have.endsWith(want);
  else if (base === 'like' || base === 'ilike') result = have.includes(want);
  else result = compare(base, actual, wanted);
  return result !== negated;
}

function compare(base: string, actual: unknown, wanted: string): boolean {
  const [a, b] = typeof actual === 'number' ? [actual, Number(wanted)] : [String(actual), wanted];
  if (base === 'gt') return a > b;
  if (base === 'ge') return a >= b;
  if (base === 'lt') return a < b;
  return a <= b;
}

/** Whether an object passes every filter (AND) or any (OR); no filter passes everything. */
export function matchesFilters(
  object: Record<string, unknown>,
  filters: readonly Filter[],
  junction: 'AND' | 'OR',
  resolve: (ref: Ref) => Record<string, unknown> | null,
): boolean {
  if (filters.length === 0) return true;
  const one = (f: Filter) => {
    const values = reach(object, f.path, resolve);
    const negated = f.operator.startsWith('!') || f.operator === 'ne';
    if (values.length === 0) return test(f.operator, undefined, f.value);
    return negated ? values.every((v) => test(f.operator, v, f.value)) : values.some((v) => test(f.operator, v, f.value));
  };
  return junction === 'AND' ? filters.every(one) : filters.some(one);
}
