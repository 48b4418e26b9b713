/**
 * The DHIS2 metadata JSON objects SYT reads and writes (`/api/metadata`), as zod schemas of the properties SYT uses.
 * Objects are loose: other DHIS2 properties pass through and are reported as warnings by `unusedProperties`.
 */
import { z } from 'zod';
import { uidSchema } from '../metadata/schema-primitives.ts';

const ref = z.looseObject({ id: uidSchema });
const refs = z.array(ref).max(100_000);
const text = z.string().trim().normalize('NFC').min(1).max(1_000);
const optionalText = z.string().trim().normalize('NFC').max(10_000).optional();
// DHIS2 dates are timestamps (`2024-01-01T00:00:00.000`); SYT keeps the day.
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'Ngày phải có dạng YYYY-MM-DD');
const code = z.string().trim().min(1).max(50).optional();

const identified = { id: uidSchema, code, name: text };

export const dhis2Shapes = {
  categoryOptions: z.looseObject({ ...identified, shortName: optionalText }),
  categories: z.looseObject({
    ...identified,
    shortName: optionalText,
    dataDimensionType: z.string().optional(),
    categoryOptions: refs,
  }),
  categoryCombos: z.looseObject({ ...identified, dataDimensionType: z.string().optional(), categories: refs }),
  categoryOptionCombos: z.looseObject({ ...identified, categoryCombo: ref, categoryOptions: refs }),
  dataElements: z.looseObject({
    ...identified,
    shortName: optionalText,
    description: optionalText,
    valueType: z.string(),
    aggregationType: z.string(),
    domainType: z.string().optional(),
    categoryCombo: ref.optional(),
  }),
  dataSets: z.looseObject({
    ...identified,
    periodType: z.string(),
    dataSetElements: z
      .array(z.looseObject({ dataElement: ref }))
      .max(100_000)
      .optional(),
    organisationUnits: refs.optional(),
    sections: refs.optional(),
    timelyDays: z.number().min(0).max(366).optional(),
    expiryDays: z.number().min(0).max(3_660).optional(),
  }),
  sections: z.looseObject({
    id: uidSchema,
    code,
    name: text,
    dataSet: ref,
    sortOrder: z.int().optional(),
    dataElements: refs,
  }),
  organisationUnits: z.looseObject({
    ...identified,
    parent: ref.optional(),
    openingDate: timestamp,
    closedDate: timestamp.optional(),
  }),
  indicatorTypes: z.looseObject({ id: uidSchema, name: text, factor: z.number().int().min(1).max(1_000_000) }),
  indicators: z.looseObject({
    ...identified,
    description: optionalText,
    numerator: z.string().max(10_000),
    denominator: z.string().max(10_000),
    indicatorType: ref,
    decimals: z.int().min(0).max(10).optional(),
    annualized: z.boolean().optional(),
  }),
  validationRules: z.looseObject({
    ...identified,
    description: optionalText,
    instruction: optionalText,
    importance: z.string().optional(),
    operator: z.string(),
    periodType: z.string(),
    leftSide: z.looseObject({ expression: z.string().max(10_000), missingValueStrategy: z.string().optional() }),
    rightSide: z.looseObject({ expression: z.string().max(10_000), missingValueStrategy: z.string().optional() }),
  }),
} as const;

export type Dhis2Kind = keyof typeof dhis2Shapes;
export type Dhis2Object<K extends Dhis2Kind> = z.output<(typeof dhis2Shapes)[K]>;

/** Properties every DHIS2 object carries that say nothing SYT could keep (bookkeeping, sharing, display forms). */
export const BOOKKEEPING_PROPERTIES = new Set([
  'created',
  'lastUpdated',
  'createdBy',
  'lastUpdatedBy',
  'href',
  'access',
  'sharing',
  'publicAccess',
  'externalAccess',
  'userAccesses',
  'userGroupAccesses',
  'favorites',
  'favorite',
  'displayName',
  'displayShortName',
  'displayFormName',
  'displayDescription',
  'user',
  'translations',
]);

/** Top-level keys of an export that describe the export itself. */
export const ENVELOPE_KEYS = new Set(['system', 'date']);
