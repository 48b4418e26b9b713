/** DHIS2 CSV → data values. The csv-parse library does the quoting; this file maps cells to fields. */
import { parse } from 'csv-parse/sync';
import { isHeaderRow, layoutFromHeader, POSITIONAL_LAYOUT, type CsvLayout } from './csv-columns.ts';
import { RecordLines } from './csv-lines.ts';
import { csvSyntax, messages, places, type FieldName } from './messages.ts';
import { isBlank, stripBom } from './text.ts';
import type { ParseResult } from './types.ts';
import { PeriodCodes, readDataValue, report, type RawValueFields, type ReadContext } from './value-reader.ts';

const cell = (record: readonly string[], position: number | undefined): string | undefined =>
  position === undefined ? undefined : record[position];

function rawFields(record: readonly string[], layout: CsvLayout): RawValueFields {
  return {
    dataElement: cell(record, layout.dataelement),
    period: cell(record, layout.period),
    orgUnit: cell(record, layout.orgunit),
    categoryOptionCombo: cell(record, layout.categoryoptioncombo),
    attributeOptionCombo: cell(record, layout.attributeoptioncombo),
    value: cell(record, layout.value),
    comment: cell(record, layout.comment),
  };
}

/** Turns csv-parse's records into values, one at a time, as its `on_record` hook. */
class CsvRecords {
  readonly result: ParseResult = { values: [], problems: [] };
  readonly lines = new RecordLines();
  private layout: CsvLayout | null | undefined; // undefined until the first record says whether it is a header
  private line = 0;
  private index = 0;
  private readonly ctx: ReadContext = {
    problems: this.result.problems,
    place: () => places.line(this.line),
    key: (field: FieldName) => field.toLowerCase(),
    periods: new PeriodCodes(),
  };

  /** Reads one record; returns null so that csv-parse keeps nothing itself. */
  readonly onRecord = (record: string[], info: { lines: number }): null => {
    this.line = this.lines.startOf(record, info.lines);
    if (this.layout === undefined) {
      this.layout = isHeaderRow(record) ? layoutFromHeader(record, this.result.problems) : POSITIONAL_LAYOUT;
      if (this.layout !== POSITIONAL_LAYOUT) return null;
    }
    if (this.layout === null) return null; // an unusable header: its problems say why
    const value = readDataValue(rawFields(record, this.layout), this.index, this.ctx);
    if (value) this.result.values.push(value);
    this.index += 1;
    return null;
  };
}

/**
 * Reads a DHIS2 CSV file, with or without its header row (header names in any letter case, columns
 * after `value` optional, a leading BOM ignored). Never throws: what is wrong comes back in `problems`,
 * and values read before a syntax error are kept.
 */
export function parseDhis2Csv(text: string): ParseResult {
  const records = new CsvRecords();
  const body = stripBom(text);
  if (isBlank(body)) {
    report(records.result, null, 'file', 'EMPTY_FILE', messages.emptyFile());
    return records.result;
  }
  try {
    parse(body, { relax_column_count: true, skip_records_with_empty_values: true, on_record: records.onRecord });
  } catch (error) {
    const message = messages.unreadableCsv(describeCsvError(error, records.lines));
    report(records.result, null, 'file', 'MALFORMED_FILE', message);
  }
  return records.result;
}

// csv-parse errors carry a stable `code` and the line it stopped at.
function describeCsvError(error: unknown, tracker: RecordLines): string {
  const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
  const line = typeof lines === 'number' ? tracker.correct(lines) : tracker.lastEndLine + 1;
  // csv-parse reports the end of the file here; the open quote is in the first record after the last one read.
  if (code === 'CSV_QUOTE_NOT_CLOSED') return csvSyntax.quoteNotClosed(tracker.lastEndLine);
  if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE') return csvSyntax.misplacedQuote(line);
  return csvSyntax.other(line);
}
