import { metadataPackageSchema } from '@syt/core/metadata/package-schema.ts';
import type { CategoryOptionCombo, MetadataPackage, OrgUnitPackage } from '@syt/core/metadata/types.ts';
import { orgUnitPackageSchema } from '@syt/core/orgunit/org-unit-schema.ts';
import { z } from 'zod';

/** What `syt metadata export` prints and `import` reads: the package, the org units, the generated option combos. */
export type MetadataExport = MetadataPackage & OrgUnitPackage & { categoryOptionCombos: CategoryOptionCombo[] };

/** An import file: a package, optionally with org units and assignments; option combos are regenerated, not read. */
export const metadataImportSchema = metadataPackageSchema.extend({
  orgUnits: orgUnitPackageSchema.shape.orgUnits.optional(),
  dataSetAssignments: orgUnitPackageSchema.shape.dataSetAssignments.optional(),
  categoryOptionCombos: z.array(z.unknown()).optional(),
});

export type MetadataImport = z.infer<typeof metadataImportSchema>;
