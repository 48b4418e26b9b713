import { checkPackage } from '@syt/core/metadata/check-package.ts';
import { generateOptionCombos } from '@syt/core/metadata/option-combos.ts';
import type { MetadataPackage } from '@syt/core/metadata/types.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireMetadataAuthority } from '../access/access.service.ts';
import { listOrgUnits } from '../org-units/org-unit.service.ts';
import { readAssignments, writeAssignments, writeOrgUnits } from '../org-units/org-unit.repository.ts';
import { metadataImportSchema, type MetadataExport } from './metadata-export.ts';
import { readOptionCombos, readPackage } from './metadata-read.repository.ts';
import type { Executor } from './upsert.ts';
import { writePackage } from './metadata-write.repository.ts';

/** The whole metadata of the installation, in a stable order (identical on every engine). */
export async function exportMetadata(db: Executor): Promise<MetadataExport> {
  const pkg = await readPackage(db);
  return {
    ...pkg,
    categoryOptionCombos: await readOptionCombos(db),
    orgUnits: await listOrgUnits(db),
    dataSetAssignments: await readAssignments(db),
  };
}

export interface ImportSummary {
  counts: Record<string, number>;
}

/** An import asked for over HTTP: only an admin of a root scope may change the shared metadata. */
export async function importMetadataAs(db: Database, actor: Actor, raw: unknown): Promise<ImportSummary> {
  requireMetadataAuthority(actor);
  return importMetadata(db, raw);
}

/** Validates a package against itself and what is stored, then upserts it by code in one transaction. */
export async function importMetadata(db: Database, raw: unknown): Promise<ImportSummary> {
  const parsed = metadataImportSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
    throw new AppError(400, 'VALIDATION_FAILED', vi.metadataInvalid, details);
  }
  const { orgUnits, dataSetAssignments, categoryOptionCombos: _generated, ...incoming } = parsed.data;
  return db.transaction().execute(async (trx) => {
    const merged = mergeByCode(await readPackage(trx), incoming);
    const problems = checkPackage(merged);
    if (problems.length) {
      const details = problems.map((p) => ({ field: p.path.replace(/\[(\d+)\]/g, '.$1'), message: p.message }));
      throw new AppError(400, 'VALIDATION_FAILED', vi.metadataInvalid, details);
    }
    await writePackage(trx, incoming, generateOptionCombos(merged));
    if (orgUnits) await writeOrgUnits(trx, orgUnits);
    if (dataSetAssignments) await writeAssignments(trx, dataSetAssignments);
    const counts: Record<string, number> = Object.fromEntries(Object.entries(incoming).map(([k, v]) => [k, v.length]));
    counts.orgUnits = orgUnits?.length ?? 0;
    return { counts };
  });
}

/**
 * Incoming objects first (so a problem's index is the file's index), then the stored ones they do not
 * replace: references are checked against what the database will hold.
 */
function mergeByCode(stored: MetadataPackage, incoming: MetadataPackage): MetadataPackage {
  const merge = <T extends { code: string }>(kept: T[], added: T[]): T[] => {
    const codes = new Set(added.map((x) => x.code));
    return [...added, ...kept.filter((x) => !codes.has(x.code))];
  };
  return {
    categories: merge(stored.categories, incoming.categories),
    categoryCombos: merge(stored.categoryCombos, incoming.categoryCombos),
    dataElements: merge(stored.dataElements, incoming.dataElements),
    dataSets: merge(stored.dataSets, incoming.dataSets),
    indicators: merge(stored.indicators, incoming.indicators),
    validationRules: merge(stored.validationRules, incoming.validationRules),
    diseases: merge(stored.diseases, incoming.diseases),
  };
}
