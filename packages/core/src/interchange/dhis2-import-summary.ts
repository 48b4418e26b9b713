import type { ImportSummary } from '../api/contract.ts';
import type { Dhis2Conflict, Dhis2ImportSummary } from '../api/dhis2.ts';
import { importSummaryWords as words } from '../vi/import-summary-words.ts';
import type { DataValueImportOptions } from './import-options.ts';

/** What DHIS2 reports beside the counts: the options the import ran with and the completion it recorded. */
export interface Dhis2SummaryContext {
  options: DataValueImportOptions & { async?: boolean };
  /** The completion date recorded (`dataSet` + `completeDate`), or undefined when none was. */
  completeDate?: string | undefined;
}

/**
 * SYT's import summary in DHIS2's `ImportSummary` shape: the same counts; each conflict names the identifier (or the
 * field) and says where and why in Vietnamese; DHIS2's status (WARNING when atomicMode NONE skipped some values).
 */
export function toDhis2ImportSummary(summary: ImportSummary, context: Dhis2SummaryContext): Dhis2ImportSummary {
  const conflicts = summary.conflicts.map(toDhis2Conflict);
  const unlisted = summary.conflictsTotal - conflicts.length;
  const stored = summary.status !== 'ERROR' && !summary.dryRun;
  return {
    responseType: 'ImportSummary',
    status: summary.status,
    ...(unlisted > 0 ? { description: words.moreConflicts(unlisted) } : {}),
    importOptions: context.options,
    importCount: { imported: summary.imported, updated: summary.updated, ignored: summary.ignored, deleted: summary.deleted },
    conflicts,
    // DHIS2 answers the date it recorded, or the text "false" when it recorded none.
    dataSetComplete: stored && context.completeDate !== undefined ? context.completeDate : 'false',
  };
}

/** One SYT conflict as DHIS2 words it: `object` the identifier as given, `value` the place and the reason. */
export function toDhis2Conflict(c: ImportSummary['conflicts'][number]): Dhis2Conflict {
  return {
    object: c.code ?? c.field,
    value: c.location ? `${c.location}: ${c.reason}` : c.reason,
    property: c.field,
    ...(c.index === null ? {} : { indexes: [c.index] }),
  };
}
