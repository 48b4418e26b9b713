/** Zod schema of a metadata package; its output type equals `MetadataPackage` exactly. */
import { z } from 'zod';
import {
  AGGREGATION_TYPES,
  DISEASE_GROUPS,
  DISEASE_THRESHOLD_METHODS,
  IMPORTANCES,
  MISSING_VALUE_STRATEGIES,
  OPERATORS,
  PERIOD_TYPES,
  VALUE_TYPES,
  type MetadataPackage,
} from './types.ts';
import {
  assertType,
  categoryCodeSchema,
  codeSchema,
  isoDateSchema,
  optionalTextSchema,
  textSchema,
  uidSchema,
  type Equals,
} from './schema-primitives.ts';

const expressionSchema = z.string().trim().min(1);

const uid = uidSchema.optional();

const categorySchema = z.strictObject({
  code: categoryCodeSchema,
  uid,
  name: textSchema,
  options: z.array(z.strictObject({ code: codeSchema, uid, name: textSchema })),
});

const categoryComboSchema = z.strictObject({
  code: codeSchema,
  uid,
  name: textSchema,
  categories: z.array(codeSchema),
});

const optionComboSchema = z.strictObject({
  categoryCombo: codeSchema,
  options: z.array(codeSchema),
  code: codeSchema.optional(),
  uid,
  name: optionalTextSchema,
});

const dataElementSchema = z.strictObject({
  code: codeSchema,
  uid,
  name: textSchema,
  shortName: optionalTextSchema,
  valueType: z.enum(VALUE_TYPES),
  aggregationType: z.enum(AGGREGATION_TYPES),
  categoryCombo: codeSchema,
  description: optionalTextSchema,
});

const dataSetSchema = z.strictObject({
  code: codeSchema,
  uid,
  name: textSchema,
  periodType: z.enum(PERIOD_TYPES),
  dueDay: z.int().min(1).max(31),
  openDaysAfterPeriod: z.int().min(0),
  orgUnitLevel: z.int().min(1),
  sections: z.array(z.strictObject({ code: codeSchema, name: textSchema, dataElements: z.array(codeSchema) })),
});

const indicatorSchema = z.strictObject({
  code: codeSchema,
  uid,
  name: textSchema,
  expression: expressionSchema,
  decimals: z.int().min(0).max(10),
  description: optionalTextSchema,
  targetGroup: optionalTextSchema,
});

const validationRuleSchema = z.strictObject({
  code: codeSchema,
  uid,
  name: textSchema,
  left: expressionSchema,
  operator: z.enum(OPERATORS),
  right: expressionSchema,
  importance: z.enum(IMPORTANCES),
  missingValueStrategy: z.enum(MISSING_VALUE_STRATEGIES),
  periodType: z.enum(PERIOD_TYPES),
  message: textSchema,
});

const diseaseSchema = z.strictObject({
  code: codeSchema,
  name: textSchema,
  groups: z
    .array(
      z.strictObject({
        group: z.enum(DISEASE_GROUPS),
        validFrom: isoDateSchema.nullable(),
        validTo: isoDateSchema.nullable(),
      }),
    )
    .min(1),
  reportOrder: z.int().min(1),
  watchOrder: z.int().min(1).nullable(),
  casesElement: codeSchema,
  deathsElement: codeSchema,
  immediate: z.boolean(),
  // Up to 20 years: leprosy's incubation is counted in years.
  maxIncubationDays: z.int().min(1).max(7_300),
  thresholdMethod: z.enum(DISEASE_THRESHOLD_METHODS),
});

/** Validates the shape of a metadata package (integrity across objects is `checkPackage`'s job). */
export const metadataPackageSchema = z.strictObject({
  categories: z.array(categorySchema),
  categoryCombos: z.array(categoryComboSchema),
  dataElements: z.array(dataElementSchema),
  dataSets: z.array(dataSetSchema),
  indicators: z.array(indicatorSchema),
  validationRules: z.array(validationRuleSchema),
  diseases: z.array(diseaseSchema),
  categoryOptionCombos: z.array(optionComboSchema).optional(),
}) satisfies z.ZodType<MetadataPackage>;

assertType<Equals<z.output<typeof metadataPackageSchema>, MetadataPackage>>();
