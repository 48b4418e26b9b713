import { metadataPackageSchema } from '@syt/core/metadata/package-schema.ts';
import type { CategoryOptionCombo, MetadataPackage, OrgUnitPackage } from '@syt/core/metadata/types.ts';
import { orgUnitPackageSchema } from '@syt/core/orgunit/org-unit-schema.ts';
import type { z } from 'zod';

/** What `syt metadata export` prints and `import` reads: the package, the org units, the generated option combos. */
export type MetadataExport = MetadataPackage & OrgUnitPackage & { categoryOptionCombos: CategoryOptionCombo[] };

/**
 * An import file: a package, optionally with org units and assignments. Option combos are generated from the combos;
 * `categoryOptionCombos` entries declare their code, UID and name (an export's list re-imports unchanged).
 */
export const metadataImportSchema = metadataPackageSchema.extend({
  orgUnits: orgUnitPackageSchema.shape.orgUnits.optional(),
  dataSetAssignments: orgUnitPackageSchema.shape.dataSetAssignments.optional(),
});

export type MetadataImport = z.infer<typeof metadataImportSchema>;
