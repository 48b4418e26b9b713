import type {
  AtomicMode,
  DataValueImportOptions,
  DataValueSetHeader,
  IdScheme,
  ImportStrategy,
} from '@syt/core/interchange/import-options.ts';

/**
 * What a caller asks of an import: DHIS2's data value options (absent = not given), SYT's `submit`, and the data set
 * the file is reported for with its completion date.
 */
export interface ImportOptions extends DataValueImportOptions {
  /** Marks every form the file fills as submitted by the importer (SYT's own option). */
  submit?: boolean;
  dataSet?: string;
  completeDate?: string;
}

/** The identifier scheme in force for each kind of object a value names. */
export interface IdSchemes {
  dataElement: IdScheme;
  orgUnit: IdScheme;
  categoryOptionCombo: IdScheme;
  dataSet: IdScheme;
}

/** The options an import runs with, every one decided. */
export interface EffectiveOptions {
  dryRun: boolean;
  strategy: ImportStrategy;
  atomicMode: AtomicMode;
  schemes: IdSchemes;
  skipExistingCheck: boolean;
  submit: boolean;
  dataSet: string | undefined;
  completeDate: string | undefined;
}

/**
 * Merges the payload's header with the request's options as DHIS2 does (DefaultDataValueSetService): an option the
 * payload states wins, the request fills the rest, then SYT's defaults (CODE identifiers, CREATE_AND_UPDATE,
 * all-or-nothing). One deliberate difference: a dry run asked for by either side is a dry run, so a payload's
 * `dryRun: false` never writes what the person asked only to check.
 */
export function effectiveOptions(request: ImportOptions, header: DataValueSetHeader = {}): EffectiveOptions {
  const pick = <K extends keyof DataValueSetHeader & keyof ImportOptions>(key: K) => header[key] ?? request[key];
  const general = pick('idScheme') ?? 'CODE';
  return {
    dryRun: Boolean(header.dryRun || request.dryRun),
    strategy: pick('importStrategy') ?? 'CREATE_AND_UPDATE',
    atomicMode: pick('atomicMode') ?? 'ALL',
    schemes: {
      dataElement: pick('dataElementIdScheme') ?? general,
      orgUnit: pick('orgUnitIdScheme') ?? general,
      categoryOptionCombo: pick('categoryOptionComboIdScheme') ?? general,
      dataSet: pick('dataSetIdScheme') ?? general,
    },
    skipExistingCheck: Boolean(pick('skipExistingCheck')),
    submit: Boolean(request.submit),
    dataSet: pick('dataSet'),
    completeDate: pick('completeDate'),
  };
}
