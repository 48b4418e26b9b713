/** DHIS2 CSV → data values. The csv-parse library does the quoting; this file maps cells to fields. */
import { parse } from 'csv-parse/sync';
import { isHeaderRow, layoutFromHeader, POSITIONAL_LAYOUT, type CsvLayout } from './csv-columns.ts';
import { LineCounter } from './csv-lines.ts';
import { AT_LOCATION, csvSyntax, messages, places, type FieldName } from './messages.ts';
import { restoreFormulaText } from './formula-guard.ts';
import { isBlank, stripBom } from './text.ts';
import type { ParseResult } from './types.ts';
import { PeriodCodes, readDataValue, report, type RawValueFields, type ReadContext } from './value-reader.ts';

// Blank lines come back as records (so lines can be counted) and are skipped here. `\r\n` and `\n` both end
// a record, even mixed in one file; a lone `\r` stays in its cell.
const CSV_OPTIONS = { relax_column_count: true, record_delimiter: ['\r\n', '\n'] };

const cell = (record: readonly string[], position: number | undefined): string | undefined =>
  position === undefined ? undefined : record[position];

/** A free-text cell, with the quote `toDhis2Csv` adds against formula injection taken off. */
const textCell = (record: readonly string[], position: number | undefined): string | undefined => {
  const text = cell(record, position);
  return text === undefined ? undefined : restoreFormulaText(text);
};

const isBlankRecord = (record: readonly string[]): boolean => record.every((c) => c.trim() === '');

function rawFields(record: readonly string[], layout: CsvLayout): RawValueFields {
  return {
    dataElement: cell(record, layout.dataelement),
    period: cell(record, layout.period),
    orgUnit: cell(record, layout.orgunit),
    categoryOptionCombo: cell(record, layout.categoryoptioncombo),
    attributeOptionCombo: cell(record, layout.attributeoptioncombo),
    value: textCell(record, layout.value),
    comment: textCell(record, layout.comment),
    storedBy: textCell(record, layout.storedby),
    lastUpdated: cell(record, layout.lastupdated),
    created: cell(record, layout.created),
    followup: cell(record, layout.followup),
    deleted: cell(record, layout.deleted),
  };
}

/**
 * Reads a DHIS2 CSV file, with or without its header row (header names in any letter case, columns
 * after `value` optional, a leading BOM ignored). Never throws: what is wrong comes back in `problems`.
 */
export function parseDhis2Csv(text: string): ParseResult {
  const result: ParseResult = { values: [], problems: [], warnings: [] };
  const body = stripBom(text);
  if (isBlank(body)) {
    report(result, null, 'file', 'EMPTY_FILE', messages.emptyFile());
    return result;
  }
  let records: string[][];
  try {
    records = parse(body, CSV_OPTIONS) as string[][];
  } catch (error) {
    report(result, null, 'file', 'MALFORMED_FILE', messages.unreadableCsv(describeCsvError(error, body)));
    return result;
  }
  readRecords(records, result);
  return result;
}

function readRecords(records: readonly string[][], result: ParseResult): void {
  const lines = new LineCounter();
  let line = 0;
  const ctx: ReadContext = {
    problems: result.problems,
    place: () => AT_LOCATION,
    key: (field: FieldName) => field.toLowerCase(),
    periods: new PeriodCodes(),
  };
  let layout: CsvLayout | null | undefined; // undefined until the first record says whether it is a header
  let index = 0;
  const lineOfIndex: number[] = [];
  result.locate = (i) => places.line(lineOfIndex[i] ?? 0);
  for (const record of records) {
    line = lines.startOf(record);
    if (isBlankRecord(record)) continue;
    if (layout === undefined) {
      layout = isHeaderRow(record) ? layoutFromHeader(record, result.problems, result.warnings) : POSITIONAL_LAYOUT;
      if (layout !== POSITIONAL_LAYOUT) continue;
    }
    if (layout === null) return; // an unusable header: its problems say why
    const value = readDataValue(rawFields(record, layout), index, ctx);
    if (value) result.values.push(value);
    lineOfIndex.push(line);
    index += 1;
  }
}

// csv-parse errors carry a stable `code` and how many records came before; those are read again, only to
// count their lines, so the message can name the line where the broken record starts.
function describeCsvError(error: unknown, body: string): string {
  const { code, records } = (error ?? {}) as { code?: unknown; records?: unknown };
  const before =
    typeof records === 'number' && records > 0 ? (parse(body, { ...CSV_OPTIONS, to: records }) as string[][]) : [];
  const lines = new LineCounter();
  for (const record of before) lines.startOf(record);
  const line = lines.startOf([]);
  if (code === 'CSV_QUOTE_NOT_CLOSED') return csvSyntax.quoteNotClosed(line);
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE') return csvSyntax.misplacedQuote(line);
  return csvSyntax.other(line);
}
