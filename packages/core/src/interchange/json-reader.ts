/** DHIS2 `dataValueSets` JSON → data values, with top-level defaults applied. */
import { messages, places, type FieldName } from './messages.ts';
import { describeJsonError } from './json-syntax.ts';
import { isBlank, stripBom } from './text.ts';
import type { ParseResult } from './types.ts';
import { PeriodCodes, readDataValue, report, type ReadContext } from './value-reader.ts';

/** A parsed `dataValueSets` document: its values and problems, and the set-level fields it names. */
export interface DataValueSetJsonResult extends ParseResult {
  dataSet?: string;
  completeDate?: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

// Top-level text fields: DHIS2 lets `period`, `orgUnit` and `attributeOptionCombo` stand for every value.
function topText(doc: JsonObject, key: string): string | undefined {
  const value = doc[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const isAbsent = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Reads a `dataValueSets` JSON document; never throws — what is wrong comes back in `problems`. */
export function parseDataValueSetJson(text: string): DataValueSetJsonResult {
  const result: DataValueSetJsonResult = { values: [], problems: [] };
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
  const dataSet = topText(doc, 'dataSet');
  const completeDate = topText(doc, 'completeDate');
  if (dataSet !== undefined) result.dataSet = dataSet;
  if (completeDate !== undefined) result.completeDate = completeDate;
  readEntries(doc, doc.dataValues, result, dataSet);
  return result;
}

function readEntries(doc: JsonObject, entries: unknown[], result: ParseResult, dataSet: string | undefined): void {
  const ctx: ReadContext = {
    problems: result.problems,
    place: (index) => places.item(index + 1),
    key: (field: FieldName) => field,
    periods: new PeriodCodes(),
  };
  const period = topText(doc, 'period');
  const orgUnit = topText(doc, 'orgUnit');
  const attributeOptionCombo = topText(doc, 'attributeOptionCombo');
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (!isObject(entry)) {
      report(ctx, index, 'dataValue', 'NOT_AN_OBJECT', messages.notAnObject(ctx.place(index)));
      continue;
    }
    const raw = {
      dataElement: entry.dataElement,
      period: isAbsent(entry.period) ? period : entry.period,
      orgUnit: isAbsent(entry.orgUnit) ? orgUnit : entry.orgUnit,
      categoryOptionCombo: entry.categoryOptionCombo,
      attributeOptionCombo: isAbsent(entry.attributeOptionCombo) ? attributeOptionCombo : entry.attributeOptionCombo,
      value: entry.value,
      comment: entry.comment,
    };
    const value = readDataValue(raw, index, ctx, dataSet);
    if (value) result.values.push(value);
  }
}
