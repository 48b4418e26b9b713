import { generateOptionCombos } from '@syt/core/metadata/option-combos.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireMetadataAuthority } from '../access/access.service.ts';
import { listOrgUnits } from '../org-units/org-unit.service.ts';
import { readAssignments, readOrgUnits, writeAssignments, writeOrgUnits } from '../org-units/org-unit.repository.ts';
import { importProblems, keepPackageUids, keepUids, mergePackages, withStoredDeclarations } from './metadata-merge.ts';
import { metadataImportSchema, type MetadataExport, type MetadataImport } from './metadata-export.ts';
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
export async function importMetadata(db: Database, raw: unknown, options = { dryRun: false }): Promise<ImportSummary> {
  const file = parseMetadataFile(raw);
  return db.transaction().execute((trx) => applyMetadata(trx, file, options));
}

/** The file's shape checked; a refusal names each field. */
export function parseMetadataFile(raw: unknown): MetadataImport {
  const parsed = metadataImportSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
    throw new AppError(400, 'VALIDATION_FAILED', vi.metadataInvalid, details);
  }
  return parsed.data;
}

/**
 * Checks a parsed file against itself and what is stored (throwing a 400 naming every problem), then writes it
 * unless `dryRun`; the caller's transaction makes it all or nothing.
 */
export async function applyMetadata(
  trx: Executor,
  file: MetadataImport,
  options: { dryRun: boolean },
): Promise<ImportSummary> {
  const stored = await readPackage(trx);
  const storedUnits = await readOrgUnits(trx);
  const { dataSetAssignments, ...rest } = file;
  const incoming = keepPackageUids(rest, stored);
  const orgUnits = file.orgUnits && keepUids(file.orgUnits, storedUnits);
  const declared = incoming.categoryOptionCombos ?? [];
  const storedDeclarations = (await readOptionCombos(trx)).map(({ name: _regenerated, ...d }) => d);
  const merged = withStoredDeclarations(mergePackages(stored, incoming), storedDeclarations, declared);
  const problems = importProblems(merged, storedUnits, { orgUnits, dataSetAssignments });
  if (problems.length) {
    const details = problems.map((p) => ({ field: p.path.replace(/\[(\d+)\]/g, '.$1'), message: p.message }));
    throw new AppError(400, 'VALIDATION_FAILED', vi.metadataInvalid, details);
  }
  const { orgUnits: _units, ...pkg } = incoming as MetadataImport;
  const counts: Record<string, number> = Object.fromEntries(
    Object.entries(pkg).map(([k, v]) => [k, Array.isArray(v) ? v.length : 0]),
  );
  counts.orgUnits = orgUnits?.length ?? 0;
  if (options.dryRun) return { counts };
  await writePackage(trx, pkg, generateOptionCombos(merged));
  if (orgUnits) await writeOrgUnits(trx, orgUnits);
  if (dataSetAssignments) await writeAssignments(trx, dataSetAssignments);
  return { counts };
}
