/** Data values in and out of DHIS2 `dataValueSets` JSON, DHIS2 CSV and ADX XML, identified by code. */
export type {
  AdxGroupHeader,
  ComboResolver,
  ExportValue,
  InterchangeFormat,
  InterchangeProblem,
  InterchangeProblemCode,
  ParsedValue,
  ParseResult,
} from './types.ts';
export { InterchangeError, type InterchangeErrorCode } from './errors.ts';
export { detectFormat } from './detect-format.ts';
export { parseDataValueSetJson, type DataValueSetJsonResult } from './json-reader.ts';
export { toDataValueSetJson, type DataValueSetJsonOptions } from './json-writer.ts';
export { CSV_COLUMNS } from './csv-columns.ts';
export { parseDhis2Csv } from './csv-reader.ts';
export { toDhis2Csv } from './csv-writer.ts';
export { neutraliseFormulaText, restoreFormulaText } from './formula-guard.ts';
export { ADX_NAMESPACE } from './adx-xml.ts';
export { fromAdxPeriod, toAdxPeriod } from './adx-period.ts';
export {
  ADX_DURATION,
  DHIS2_PERIOD_TYPES,
  isDhis2PeriodType,
  isStoredPeriodType,
  type Dhis2Period,
  type Dhis2PeriodType,
} from './dhis2-period-types.ts';
export { createDhis2Period, dhis2PeriodStarting, formatDhis2Period, parseDhis2Period } from './dhis2-periods.ts';
export { AT_LOCATION, messages as interchangeMessages, places as interchangePlaces } from './messages.ts';
export { isIsoTimestamp } from './iso-timestamp.ts';
export { isDefaultCombo } from './value-reader.ts';
export { HEADER_KEYS, readHeader as readDataValueSetHeader } from './header-reader.ts';
export {
  identifierIndex,
  schemesOf,
  type IdentifiedKind,
  type IdentifiedObject,
  type IdentifierIndex,
} from './id-schemes.ts';
export { parseAdx } from './adx-reader.ts';
export { toAdx, type AdxOptions } from './adx-writer.ts';
export type { AdxValue } from './adx-groups.ts';
export { comboResolverFromMetadata, joinOptions, splitOptionCombo } from './combo-resolver.ts';
export {
  ATOMIC_MODES,
  ID_SCHEMES,
  IMPORT_STRATEGIES,
  type AtomicMode,
  type DataValueImportOptions,
  type DataValueSetHeader,
  type IdScheme,
  type IdSchemeOptions,
  type ImportStrategy,
} from './import-options.ts';
