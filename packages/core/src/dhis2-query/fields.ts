/**
 * DHIS2's `fields` parameter: `id,name,code`, `*` or `:all`, presets (`:identifiable`, `:nameable`), exclusions
 * (`!code`) and nested selections (`dataSetElements[dataElement[id,name]]`, `parent[id,name]`).
 */

/** A parsed selection: each field with its own nested selection (null: the field as is, references as `{id}`). */
export interface FieldTree {
  all: boolean;
  fields: Map<string, FieldTree | null>;
  excluded: Set<string>;
}

/** Presets DHIS2 expands; `:all` and `*` are handled apart. */
const PRESETS: Record<string, readonly string[]> = {
  ':identifiable': ['id', 'name', 'code', 'created', 'lastUpdated'],
  ':nameable': ['id', 'name', 'code', 'shortName', 'description', 'created', 'lastUpdated'],
};

/** Most characters and depth a `fields` value may have: bounded input, and nothing deeper than DHIS2's objects. */
export const FIELDS_MAX_LENGTH = 2000;
const MAX_DEPTH = 6;

export class FieldsSyntaxError extends Error {}

/** Parses a `fields` value; throws FieldsSyntaxError on unbalanced brackets or too deep a nesting. */
export function parseFields(text: string, depth = 0): FieldTree {
  if (depth > MAX_DEPTH) throw new FieldsSyntaxError('depth');
  const tree: FieldTree = { all: false, fields: new Map(), excluded: new Set() };
  for (const part of splitTopLevel(text)) {
    const item = part.trim();
    if (!item) continue;
    const open = item.indexOf('[');
    const name = (open < 0 ? item : item.slice(0, open)).trim();
    if (open >= 0 && !item.endsWith(']')) throw new FieldsSyntaxError(item);
    const nested = open >= 0 ? parseFields(item.slice(open + 1, -1), depth + 1) : null;
    if (name === '*' || name === ':all' || name === ':owner') tree.all = true;
    else if (name.startsWith('!')) tree.excluded.add(name.slice(1));
    else if (PRESETS[name]) for (const field of PRESETS[name]!) tree.fields.set(field, null);
    else if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new FieldsSyntaxError(name);
    else tree.fields.set(name, nested);
  }
  return tree;
}

/** Splits on commas outside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']' && --depth < 0) throw new FieldsSyntaxError(text);
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw new FieldsSyntaxError(text);
  parts.push(text.slice(start));
  return parts;
}

/** A reference from one object to another, expanded only when a nested selection asks for more than its id. */
export interface Ref {
  ref: string;
  id: string;
}

export const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' && value !== null && 'ref' in value && 'id' in value && Object.keys(value).length === 2;

/** Finds the full object behind a reference (null: not visible to the caller, left as `{id}`). */
export type Resolve = (ref: Ref) => Record<string, unknown> | null;

/**
 * The object as the selection asks. Fields absent from the object are left out (never invented); a reference is
 * `{ id }` unless a nested selection names more, then the referenced object is selected in turn.
 */
export function selectFields(object: Record<string, unknown>, tree: FieldTree, resolve: Resolve): Record<string, unknown> {
  const names = tree.all ? [...new Set([...Object.keys(object), ...tree.fields.keys()])] : [...tree.fields.keys()];
  const out: Record<string, unknown> = {};
  for (const name of names) {
    if (tree.excluded.has(name) || !(name in object) || object[name] === undefined) continue;
    out[name] = present(object[name], tree.fields.get(name) ?? null, resolve);
  }
  return out;
}

function present(value: unknown, nested: FieldTree | null, resolve: Resolve): unknown {
  if (Array.isArray(value)) return value.map((v) => present(v, nested, resolve));
  if (isRef(value)) {
    if (!nested) return { id: value.id };
    const target = resolve(value);
    return target ? selectFields(target, nested, resolve) : { id: value.id };
  }
  if (typeof value === 'object' && value !== null) {
    return nested ? selectFields(value as Record<string, unknown>, nested, resolve) : selectFields(value as Record<string, unknown>, ALL, resolve);
  }
  return value;
}

const ALL: FieldTree = { all: true, fields: new Map(), excluded: new Set() };
