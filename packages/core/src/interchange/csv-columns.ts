/** DHIS2 CSV columns and the header row: which cell of a record holds which field. */
import { parseDhis2Period } from './dhis2-periods.ts';
import { messages } from './messages.ts';
import type { InterchangeProblem } from './types.ts';
import { report } from './value-reader.ts';

/** DHIS2's columns, in DHIS2's order; a file without a header row has them in this order. */
export const CSV_COLUMNS = [
  'dataelement',
  'period',
  'orgunit',
  'categoryoptioncombo',
  'attributeoptioncombo',
  'value',
  'storedby',
  'lastupdated',
  'comment',
  'followup',
  'deleted',
] as const;
/** A DHIS2 CSV column name, lower case. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns SYT reads beyond DHIS2's eleven: `created`, which newer DHIS2 versions write. */
export type CsvExtraColumn = 'created';

// `value` is required unless the file deletes (checked per row: a deletion needs no value).
const REQUIRED: readonly CsvColumn[] = ['dataelement', 'period', 'orgunit'];

/**
 * Other names of DHIS2's columns: those of its documentation's example (`catoptcombo`, `attroptcombo`,
 * `timestamp` for when the value was last updated, `flwup`). DHIS2 itself reads CSV by position and skips
 * the header row; SYT reads by name, so files with columns moved or left out read right too.
 */
const ALIASES: Readonly<Record<string, CsvColumn | CsvExtraColumn>> = {
  catoptcombo: 'categoryoptioncombo',
  attroptcombo: 'attributeoptioncombo',
  timestamp: 'lastupdated',
  flwup: 'followup',
  created: 'created',
};
const KNOWN = new Set<string>([...CSV_COLUMNS, ...Object.keys(ALIASES)]);

/** The cell position of each column present in the file. */
export type CsvLayout = Partial<Record<CsvColumn | CsvExtraColumn, number>>;

/** The layout of a file without a header row: DHIS2's order. */
export const POSITIONAL_LAYOUT: CsvLayout = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, i]));

const normalise = (cell: string | undefined): string => (cell ?? '').trim().toLowerCase();

/**
 * True when the first record is a header: it names a DHIS2 column (in any letter case) and,
 * unlike any data row, has no period in the second cell.
 */
export function isHeaderRow(record: readonly string[]): boolean {
  return record.some((cell) => KNOWN.has(normalise(cell))) && parseDhis2Period((record[1] ?? '').trim()) === null;
}

/**
 * The layout a header row declares, or null when it lacks or repeats a column; problems go to `problems`.
 * A column DHIS2 does not have is read past, with a warning naming it.
 */
export function layoutFromHeader(
  record: readonly string[],
  problems: InterchangeProblem[],
  warnings: InterchangeProblem[] = [],
): CsvLayout | null {
  const layout: CsvLayout = {};
  const sink = { problems };
  let usable = true;
  for (const [position, cell] of record.entries()) {
    const name = normalise(cell);
    if (name === '') continue;
    const column = (ALIASES[name] ?? name) as CsvColumn | CsvExtraColumn;
    if (!KNOWN.has(name)) {
      report({ problems: warnings }, null, 'header', 'UNKNOWN_COLUMN', messages.unknownColumnIgnored(cell.trim()));
    } else if (layout[column] !== undefined) {
      report(sink, null, 'header', 'WRONG_HEADER', messages.headerRepeatedColumn(cell.trim()));
      usable = false;
    } else {
      layout[column] = position;
    }
  }
  const missing = REQUIRED.filter((column) => layout[column] === undefined);
  if (missing.length > 0) return report(sink, null, 'header', 'WRONG_HEADER', messages.headerMissingColumns(missing));
  return usable ? layout : null;
}
