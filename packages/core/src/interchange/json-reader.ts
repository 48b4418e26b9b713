/** DHIS2 `dataValueSets` JSON → data values, with top-level defaults applied. */
import { HEADER_KEYS, readHeader } from './header-reader.ts';
import type { DataValueSetHeader } from './import-options.ts';
import { AT_LOCATION, messages, places, type FieldName } from './messages.ts';
import { describeJsonError } from './json-syntax.ts';
import { isBlank, stripBom } from './text.ts';
import type { InterchangeProblem, ParseResult } from './types.ts';
import { PeriodCodes, readDataValue, report, type ReadContext } from './value-reader.ts';

/** A parsed `dataValueSets` document: its values and problems, and the set-level fields it names. */
export interface DataValueSetJsonResult extends ParseResult {
  header: DataValueSetHeader;
  /** Same as `header.dataSet` (kept for existing callers). */
  dataSet?: string;
  /** Same as `header.completeDate` (kept for existing callers). */
  completeDate?: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every field of a DHIS2 data value; others are read past with a warning. */
const VALUE_KEYS: ReadonlySet<string> = new Set([
  'dataElement',
  'period',
  'orgUnit',
  'categoryOptionCombo',
  'attributeOptionCombo',
  'value',
  'storedBy',
  'created',
  'lastUpdated',
  'comment',
  'followup',
  'deleted',
]);
const TOP_KEYS: ReadonlySet<string> = new Set([...HEADER_KEYS, 'dataValues']);

/** Warns once per field name SYT does not read, at the first value that has it: never silently ignored. */
class UnknownFields {
  private readonly seen = new Set<string>();

  constructor(
    private readonly warnings: InterchangeProblem[],
    private readonly known: ReadonlySet<string>,
  ) {}

  check(object: JsonObject, index: number | null): void {
    for (const key in object) {
      if (this.known.has(key) || this.seen.has(key)) continue;
      this.seen.add(key);
      const place = index === null ? places.header() : AT_LOCATION;
      report({ problems: this.warnings }, index, key, 'UNKNOWN_FIELD', messages.unknownFieldIgnored(place, key));
    }
  }
}

const isAbsent = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Reads a `dataValueSets` JSON document; never throws — what is wrong comes back in `problems`. */
export function parseDataValueSetJson(text: string): DataValueSetJsonResult {
  const result: DataValueSetJsonResult = { values: [], problems: [], warnings: [], header: {} };
  const body = stripBom(text);
  if (isBlank(body)) {
    report(result, null, 'file', 'EMPTY_FILE', messages.emptyFile());
    return result;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    report(result, null, 'file', 'MALFORMED_FILE', messages.unreadableJson(describeJsonError(error, body)));
    return result;
  }
  if (!isObject(doc) || !Array.isArray(doc.dataValues)) {
    report(result, null, 'file', 'WRONG_STRUCTURE', messages.notDataValueSet());
    return result;
  }
  const header = readHeader(doc, result.problems);
  // DHIS2 names an attribute option combo by its options here; reading past it would file values under none.
  if (doc.attributeCategoryOptions !== undefined) {
    report(result, null, 'attributeCategoryOptions', 'INVALID_HEADER', messages.unsupportedAttributeOptions());
  }
  new UnknownFields(result.warnings!, new Set([...TOP_KEYS, 'attributeCategoryOptions'])).check(doc, null);
  result.header = header;
  if (header.dataSet !== undefined) result.dataSet = header.dataSet;
  if (header.completeDate !== undefined) result.completeDate = header.completeDate;
  readEntries(doc.dataValues, result, header);
  return result;
}

// DHIS2 lets the header's `period`, `orgUnit` and `attributeOptionCombo` stand for every value that names none.
function readEntries(entries: unknown[], result: ParseResult, header: DataValueSetHeader): void {
  const ctx: ReadContext = {
    problems: result.problems,
    place: () => AT_LOCATION,
    key: (field: FieldName) => field,
    periods: new PeriodCodes(),
  };
  result.locate = (index) => places.item(index + 1);
  const { period, orgUnit, attributeOptionCombo, dataSet } = header;
  const unknown = new UnknownFields(result.warnings!, VALUE_KEYS);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (!isObject(entry)) {
      report(ctx, index, 'dataValue', 'NOT_AN_OBJECT', messages.notAnObject(ctx.place(index)));
      continue;
    }
    unknown.check(entry, index);
    const raw = {
      dataElement: entry.dataElement,
      period: isAbsent(entry.period) ? period : entry.period,
      orgUnit: isAbsent(entry.orgUnit) ? orgUnit : entry.orgUnit,
      categoryOptionCombo: entry.categoryOptionCombo,
      attributeOptionCombo: isAbsent(entry.attributeOptionCombo) ? attributeOptionCombo : entry.attributeOptionCombo,
      value: entry.value,
      comment: entry.comment,
      deleted: entry.deleted,
      followup: entry.followup,
      storedBy: entry.storedBy,
      created: entry.created,
      lastUpdated: entry.lastUpdated,
    };
    const value = readDataValue(raw, index, ctx, dataSet);
    if (value) result.values.push(value);
  }
}
