/** The header of a `dataValueSets` document: set-level fields and DHIS2's import options, checked as DHIS2 does. */
import {
  ATOMIC_MODES,
  ID_SCHEMES,
  IMPORT_STRATEGIES,
  type DataValueSetHeader,
  type IdScheme,
  type ImportStrategy,
} from './import-options.ts';
import { isIsoTimestamp } from './iso-timestamp.ts';
import { messages, places } from './messages.ts';
import type { InterchangeProblem } from './types.ts';
import { INVALID, isDefaultCombo, readBoolean, report } from './value-reader.ts';

const ID_SCHEME_KEYS = [
  'idScheme',
  'dataElementIdScheme',
  'orgUnitIdScheme',
  'categoryOptionComboIdScheme',
  'dataSetIdScheme',
] as const;
const TEXT_KEYS = ['dataSet', 'period', 'orgUnit'] as const;
const BOOLEAN_KEYS = ['dryRun', 'skipExistingCheck'] as const;

/** DHIS2's older names of its import strategies, still accepted by DHIS2. */
const STRATEGY_ALIASES: Readonly<Record<string, ImportStrategy>> = {
  NEW: 'CREATE',
  UPDATES: 'UPDATE',
  NEW_AND_UPDATES: 'CREATE_AND_UPDATE',
  DELETES: 'DELETE',
};

/** Every header key this reader understands, for readers that must tell them from other attributes. */
export const HEADER_KEYS: ReadonlySet<string> = new Set([
  ...ID_SCHEME_KEYS,
  ...TEXT_KEYS,
  ...BOOLEAN_KEYS,
  'completeDate',
  'attributeOptionCombo',
  'importStrategy',
  'atomicMode',
]);

const isAbsent = (raw: unknown): boolean =>
  raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/**
 * An enumerated option, matched without regard to letter case as DHIS2 does (`code` = `CODE`); `aliases` maps
 * older spellings. Undefined when absent, null after recording a problem.
 */
function readChoice<T extends string>(
  raw: unknown,
  key: string,
  allowed: readonly T[],
  problems: InterchangeProblem[],
  aliases: Readonly<Record<string, T>> = {},
): T | undefined | null {
  if (isAbsent(raw)) return undefined;
  const text = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  const found = allowed.find((choice) => choice === text) ?? aliases[text];
  if (found) return found;
  return report({ problems }, null, key, 'INVALID_HEADER', messages.invalidHeaderValue(key, String(raw), allowed));
}

/** Reads the header fields of a JSON `dataValueSets` document (any object with DHIS2's header keys). */
export function readHeader(doc: Record<string, unknown>, problems: InterchangeProblem[]): DataValueSetHeader {
  const header: DataValueSetHeader = {};
  const fail = (key: string, message: string) => report({ problems }, null, key, 'INVALID_HEADER', message);
  for (const key of TEXT_KEYS) {
    const raw = doc[key];
    if (isAbsent(raw)) continue;
    if (typeof raw === 'string') header[key] = raw.trim();
    else fail(key, messages.invalidHeaderText(key));
  }
  const combo = doc.attributeOptionCombo;
  if (typeof combo === 'string' && combo.trim() !== '' && !isDefaultCombo(combo.trim())) {
    header.attributeOptionCombo = combo.trim();
  } else if (!isAbsent(combo) && typeof combo !== 'string') {
    fail('attributeOptionCombo', messages.invalidHeaderText('attributeOptionCombo'));
  }
  const completeDate = readCompleteDate(doc.completeDate, problems);
  if (completeDate) header.completeDate = completeDate;
  for (const key of ID_SCHEME_KEYS) {
    const scheme = readChoice<IdScheme>(doc[key], key, ID_SCHEMES, problems);
    if (scheme) header[key] = scheme;
  }
  const strategy = readChoice(doc.importStrategy, 'importStrategy', IMPORT_STRATEGIES, problems, STRATEGY_ALIASES);
  if (strategy) header.importStrategy = strategy;
  const atomicMode = readChoice(doc.atomicMode, 'atomicMode', ATOMIC_MODES, problems);
  if (atomicMode) header.atomicMode = atomicMode;
  for (const key of BOOLEAN_KEYS) {
    const flag = readBoolean(doc[key]);
    if (flag === INVALID) fail(key, messages.invalidHeaderBoolean(key, String(doc[key])));
    else if (flag !== undefined) header[key] = flag;
  }
  return header;
}

/** A completion date: an ISO date or date-time, kept as written; anything else is an INVALID_HEADER problem. */
export function readCompleteDate(
  raw: unknown,
  problems: InterchangeProblem[],
  place = places.header(),
  key = 'completeDate',
): string | undefined | null {
  if (isAbsent(raw)) return undefined;
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (isIsoTimestamp(text)) return text;
  return report({ problems }, null, key, 'INVALID_HEADER', messages.invalidCompleteDate(place, key, String(raw)));
}
