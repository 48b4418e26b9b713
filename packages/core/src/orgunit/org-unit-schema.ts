/** Zod schema of an org-unit package; its output type equals `OrgUnitPackage` exactly. */
import { z } from 'zod';
import { ORG_UNIT_TYPES, type OrgUnitPackage } from '../metadata/types.ts';
import { assertType, codeSchema, isoDateSchema, textSchema, uidSchema, type Equals } from '../metadata/schema-primitives.ts';

/** Official administrative codes are digits; letters, `_` and `-` (DHIS2 codes) are allowed for installations without one. */
const orgUnitCodeSchema = z.string().max(50).regex(/^[A-Za-z0-9_-]+$/);

const orgUnitSchema = z.strictObject({
  code: orgUnitCodeSchema,
  uid: uidSchema.optional(),
  name: textSchema,
  sentenceName: textSchema.optional(),
  level: z.int().min(1),
  type: z.enum(ORG_UNIT_TYPES).optional(),
  parent: orgUnitCodeSchema.nullable(),
  sortOrder: z.int(),
  openingDate: isoDateSchema,
  closingDate: isoDateSchema.nullable(),
  successors: z.array(orgUnitCodeSchema),
});

/** Validates the shape of an org-unit package (integrity across units is `checkOrgUnitPackage`'s job). */
export const orgUnitPackageSchema = z.strictObject({
  orgUnits: z.array(orgUnitSchema),
  dataSetAssignments: z.record(codeSchema, z.array(orgUnitCodeSchema)),
}) satisfies z.ZodType<OrgUnitPackage>;

assertType<Equals<z.output<typeof orgUnitPackageSchema>, OrgUnitPackage>>();
