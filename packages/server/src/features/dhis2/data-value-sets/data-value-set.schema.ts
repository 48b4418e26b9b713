import { ATOMIC_MODES, ID_SCHEMES, IMPORT_STRATEGIES } from '@syt/core/interchange/import-options.ts';
import { z } from 'zod';

/** DHIS2 spells booleans and enums in any case (`dryRun=TRUE`, `idScheme=code`). */
const bool = z
  .string()
  .max(5)
  .transform((v) => v.toLowerCase())
  .pipe(z.enum(['true', 'false']))
  .transform((v) => v === 'true');
const upper = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(40)
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(values));
const scheme = upper(ID_SCHEMES);
const ident = z.string().trim().min(1).max(230);
/** A parameter DHIS2 lets repeat (`orgUnit=a&orgUnit=b`); bounded. */
const many = z.union([ident, z.array(ident).min(1).max(500)]).transform((v) => (Array.isArray(v) ? v : [v]));
const isoDate = z.iso.date();

const schemes = {
  idScheme: scheme.optional(),
  dataElementIdScheme: scheme.optional(),
  orgUnitIdScheme: scheme.optional(),
  categoryOptionComboIdScheme: scheme.optional(),
  dataSetIdScheme: scheme.optional(),
};

/** POST /api/dataValueSets parameters (explicit ones win over the payload's header, as in DHIS2). */
export const importQuery = z.object({
  ...schemes,
  dryRun: bool.optional(),
  importStrategy: upper([...IMPORT_STRATEGIES, 'NEW_AND_UPDATES', 'NEW', 'UPDATES'] as const)
    .transform((v) => ({ NEW_AND_UPDATES: 'CREATE_AND_UPDATE', NEW: 'CREATE', UPDATES: 'UPDATE' } as const)[v as 'NEW'] ?? v)
    .optional(),
  atomicMode: upper(ATOMIC_MODES).optional(),
  skipExistingCheck: bool.optional(),
  async: bool.optional(),
  /** Overrides the content type (`format=json|csv|adx`), as DHIS2's `format` parameter. */
  format: z.enum(['json', 'csv', 'adx']).optional(),
});
export type ImportQuery = z.infer<typeof importQuery>;

/** GET /api/dataValueSets parameters: what to read, and in which identifiers to answer. */
export const exportQuery = z.object({
  ...schemes,
  dataSet: many.optional(),
  period: many.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  orgUnit: many,
  children: bool.optional(),
  includeDeleted: bool.optional(),
});
export type ExportQuery = z.infer<typeof exportQuery>;
