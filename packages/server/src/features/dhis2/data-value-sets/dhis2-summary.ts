import type { ImportSummary } from '@syt/core/api/contract.ts';
import type { Dhis2ImportSummary, Dhis2WebMessage } from '@syt/core/api/dhis2.ts';
import type { DataValueImportOptions } from '@syt/core/interchange/import-options.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';

/** SYT's import summary in DHIS2's shape: counts, conflicts naming the place in the file, the options in force. */
export function toDhis2ImportSummary(
  summary: ImportSummary,
  options: DataValueImportOptions & { async?: boolean },
  dataSetComplete: string,
): Dhis2ImportSummary {
  const conflicts = summary.conflicts.map((c) => ({
    object: c.code ?? c.field,
    value: c.location ? `${c.location}: ${c.reason}` : c.reason,
    property: c.field,
    ...(c.index === null ? {} : { indexes: [c.index] }),
  }));
  // h/storage's atomicMode NONE adds WARNING (some values stored) to SYT's statuses.
  const raw: string = summary.status;
  const status = raw === 'SUCCESS' ? 'SUCCESS' : raw === 'WARNING' ? 'WARNING' : 'ERROR';
  return {
    responseType: 'ImportSummary',
    status,
    ...(summary.conflictsTotal > conflicts.length ? { description: m.moreConflicts(summary.conflictsTotal - conflicts.length) } : {}),
    importOptions: options,
    importCount: { imported: summary.imported, updated: summary.updated, ignored: summary.ignored, deleted: summary.deleted },
    conflicts,
    dataSetComplete,
  };
}

/** DHIS2's envelope: 200 when everything was stored, 409 Conflict when any value was refused. */
export function importWebMessage(summary: Dhis2ImportSummary): Dhis2WebMessage {
  if (summary.status === 'SUCCESS') {
    return { httpStatus: 'OK', httpStatusCode: 200, status: 'OK', message: m.importDone, response: summary };
  }
  const status = summary.status === 'WARNING' ? 'WARNING' : 'ERROR';
  return { httpStatus: 'Conflict', httpStatusCode: 409, status, message: m.importConflicts, response: summary };
}
