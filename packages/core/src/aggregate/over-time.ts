/**
 * Aggregation over time of stored figures (the pure half: the server's SQL has already summed over org units).
 * A stored period belongs to a range by `countsInRange` (period/count-once.ts): its start date lies in it, and its
 * type matches the range's (weeks for a weekly range, calendar periods for a calendar one; a weekly-only element's
 * weeks roll into the month of their Thursday), so a value is never counted twice across period types. Rows outside
 * the range are ignored, so callers may over-fetch (a whole year, say) without changing the result.
 */
import type { AggregationType } from '../metadata/types.ts';
import { CALENDAR_SOURCE, comparePeriods, countsInRange, parsePeriod, type Period, type PeriodType } from '../period/index.ts';
import type { OptionPeriodValue, PeriodRange, PeriodValue, UnitPeriodValue } from './types.ts';

interface ParsedRow {
  period: Period;
  value: number;
}

// Reports aggregate the same few hundred period codes over and over: parse each once (parsing is pure).
const parsedPeriods = new Map<string, Period>();
function periodOf(code: string): Period {
  let period = parsedPeriods.get(code);
  if (!period) {
    period = parsePeriod(code);
    if (parsedPeriods.size > 50_000) parsedPeriods.clear();
    parsedPeriods.set(code, period);
  }
  return period;
}

/**
 * What an aggregation knows of the element: the period types of the data sets holding it. Absent, a calendar source
 * is assumed, so weekly values never add into a calendar range.
 */
export interface SourceOptions {
  sourcePeriodTypes?: readonly PeriodType[] | undefined;
}

function rowsInRange(rows: readonly PeriodValue[], range: PeriodRange, options: SourceOptions): ParsedRow[] {
  const sources = options.sourcePeriodTypes ?? CALENDAR_SOURCE;
  const inside: ParsedRow[] = [];
  for (const row of rows) {
    const period = periodOf(row.period);
    if (countsInRange(period, range, sources)) inside.push({ period, value: row.value });
  }
  return inside;
}

const total = (rows: readonly ParsedRow[]) => rows.reduce((sum, row) => sum + row.value, 0);

/**
 * SUM: the total of every stored period in the range (flows: a year to date is the sum of its months).
 * LAST: the value of the latest stored period in the range (stocks and registers, DHIS2's "last value");
 * rows of that same period are added up. For a subtree, the SQL has summed the units' values per period, so this
 * is the units' values OF THE LATEST PERIOD ANY UNIT REPORTED: a unit that has not reported it yet counts for
 * nothing. `lastPeriodPerUnit` takes each unit's own latest value instead.
 * Null when no stored period lies in the range. Throws `PeriodError` on a malformed period code.
 */
export function aggregateOverTime(
  rows: readonly PeriodValue[],
  aggregationType: AggregationType,
  range: PeriodRange,
  options: SourceOptions = {},
): number | null {
  const inside = rowsInRange(rows, range, options);
  if (inside.length === 0) return null;
  if (aggregationType === 'SUM') return total(inside);
  const latest = inside.reduce((a, b) => (comparePeriods(b.period, a.period) > 0 ? b : a)).period;
  return total(inside.filter((row) => row.period.code === latest.code));
}

/** Rows split by a key, each group aggregated over time on its own; groups with nothing in range are left out. */
function aggregateGroups<T extends PeriodValue>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  aggregationType: AggregationType,
  range: PeriodRange,
  options: SourceOptions,
): Map<string, number> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  const out = new Map<string, number>();
  for (const [key, group] of groups) {
    const value = aggregateOverTime(group, aggregationType, range, options);
    if (value !== null) out.set(key, value);
  }
  return out;
}

/**
 * LAST for a subtree, unit by unit: each org unit's own latest stored value in the range, then the sum over units.
 * The better definition for registers when one unit reports late: its last known figure still counts.
 * Null when no unit has a value in the range.
 */
export function lastPeriodPerUnit(rows: readonly UnitPeriodValue[], range: PeriodRange, options: SourceOptions = {}): number | null {
  const perUnit = aggregateGroups(rows, (row) => row.orgUnit, 'LAST', range, options);
  return perUnit.size === 0 ? null : [...perUnit.values()].reduce((a, b) => a + b, 0);
}

/** Each option combo aggregated over time on its own (a breakdown table); options with nothing in range are absent. */
export function aggregatePerOption(
  rows: readonly OptionPeriodValue[],
  aggregationType: AggregationType,
  range: PeriodRange,
  options: SourceOptions = {},
): Map<string, number> {
  return aggregateGroups(rows, (row) => row.option, aggregationType, range, options);
}

/** What the server's SQL does: unit rows summed per period (for tests and in-memory use). */
export function sumByPeriod(rows: readonly PeriodValue[]): PeriodValue[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.period, (totals.get(row.period) ?? 0) + row.value);
  return [...totals].map(([period, value]) => ({ period, value }));
}
