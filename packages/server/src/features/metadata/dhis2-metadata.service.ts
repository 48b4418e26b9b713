/** DHIS2 metadata JSON in and out (`/api/metadata`, `syt metadata import|export --format dhis2`). */
import { readDhis2Metadata, type Dhis2Note } from '@syt/core/dhis2-metadata/read-metadata.ts';
import { metadataImportReport, type Dhis2MetadataReport } from '@syt/core/dhis2-metadata/import-report.ts';
import { writeDhis2Metadata } from '@syt/core/dhis2-metadata/write-metadata.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireMetadataAuthority } from '../access/access.service.ts';
import { applyMetadata, exportMetadata, parseMetadataFile } from './metadata.service.ts';
import type { Executor } from './upsert.ts';

/** The installation's metadata as one DHIS2 metadata document. */
export async function exportDhis2Metadata(db: Executor): Promise<Record<string, unknown>> {
  return writeDhis2Metadata(await exportMetadata(db));
}

/** An import asked for over HTTP: only an admin of a root scope may change the shared metadata. */
export async function importDhis2MetadataAs(
  db: Database,
  actor: Actor,
  raw: unknown,
  dryRun: boolean,
): Promise<Dhis2MetadataReport> {
  requireMetadataAuthority(actor);
  return importDhis2Metadata(db, raw, dryRun);
}

/** A refusal found by SYT's own checks, carried out of the transaction so that it rolls back. */
class Refused extends Error {
  constructor(readonly problems: Dhis2Note[]) {
    super('refused');
  }
}

/**
 * Reads a DHIS2 metadata document against the stored metadata and imports it in one transaction: every problem
 * (a broken reference, a type SYT cannot hold, an integrity check) refuses the whole file, nothing changed.
 * With `dryRun` (DHIS2's `importMode=VALIDATE`) everything is checked and nothing written.
 */
export async function importDhis2Metadata(db: Database, raw: unknown, dryRun: boolean): Promise<Dhis2MetadataReport> {
  let report: Dhis2MetadataReport | undefined;
  let base: Omit<Parameters<typeof metadataImportReport>[0], 'problems'> | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      const stored = await exportMetadata(trx);
      const read = readDhis2Metadata(raw, stored);
      base = { file: read.file, raw, stored, warnings: read.warnings, dryRun };
      if (read.problems.length) throw new Refused(read.problems);
      try {
        await applyMetadata(trx, parseMetadataFile(read.file), { dryRun });
      } catch (error) {
        if (error instanceof AppError && error.status === 400) {
          throw new Refused(error.details.map((d) => ({ path: d.field, message: d.message })));
        }
        throw error;
      }
      report = metadataImportReport({ ...base, problems: [] });
    });
  } catch (error) {
    if (!(error instanceof Refused) || !base) throw error;
    report = metadataImportReport({ ...base, problems: error.problems });
  }
  return report!;
}
