/**
 * DHIS2's data value import options, as a `dataValueSets` payload header or as request parameters carry them.
 * Names and meanings are DHIS2's, so DHIS2 scripts keep working; SYT's own default stays all-or-nothing.
 */

/** How a file names metadata: DHIS2's 11-character UID, the code, or the name. */
export type IdScheme = 'UID' | 'CODE' | 'NAME';
export const ID_SCHEMES = ['UID', 'CODE', 'NAME'] as const satisfies readonly IdScheme[];

/** CREATE adds only new values, UPDATE changes only existing ones, DELETE removes the named values. */
export type ImportStrategy = 'CREATE' | 'UPDATE' | 'CREATE_AND_UPDATE' | 'DELETE';
export const IMPORT_STRATEGIES = ['CREATE', 'UPDATE', 'CREATE_AND_UPDATE', 'DELETE'] as const satisfies readonly ImportStrategy[];

/** ALL: one refused value stores nothing (SYT's default). NONE: DHIS2's per-value import, refused values skipped. */
export type AtomicMode = 'ALL' | 'NONE';
export const ATOMIC_MODES = ['ALL', 'NONE'] as const satisfies readonly AtomicMode[];

/** The identifier schemes in force for each kind of object a data value names. */
export interface IdSchemeOptions {
  /** Applies to every kind not given its own scheme. */
  idScheme?: IdScheme;
  dataElementIdScheme?: IdScheme;
  orgUnitIdScheme?: IdScheme;
  categoryOptionComboIdScheme?: IdScheme;
  dataSetIdScheme?: IdScheme;
}

/** Every import option DHIS2 defines for data values that SYT honours. */
export interface DataValueImportOptions extends IdSchemeOptions {
  dryRun?: boolean;
  importStrategy?: ImportStrategy;
  atomicMode?: AtomicMode;
  /** DHIS2: skip looking up existing values (faster; every value is then counted as imported). */
  skipExistingCheck?: boolean;
}

/**
 * The set-level fields of a `dataValueSets` document (JSON top level, ADX group), with the options a JSON
 * payload may carry in its header. Readers fill what the file says; they do not resolve identifiers.
 */
export interface DataValueSetHeader extends DataValueImportOptions {
  dataSet?: string;
  /** ISO date (`2024-02-05`) or date-time; a reader refuses anything else. */
  completeDate?: string;
  period?: string;
  orgUnit?: string;
  attributeOptionCombo?: string;
}
