import type { Dhis2ImportSummary } from '@syt/core/api/dhis2.ts';
import type { DataValueImportOptions } from '@syt/core/interchange/import-options.ts';
import { toDhis2ImportSummary } from '@syt/core/interchange/dhis2-import-summary.ts';
import { comboResolverFromMetadata, parseAdx, parseDataValueSetJson, parseDhis2Csv } from '@syt/core/interchange/index.ts';
import type { ParseResult } from '@syt/core/interchange/types.ts';
import type { Clock } from '../../../clock.ts';
import type { Database } from '../../../db/database.ts';
import { badRequest } from '../../../errors.ts';
import type { Actor } from '../../access/access.policy.ts';
import { effectiveOptions, type ImportOptions } from '../../imports/import-options.ts';
import { importValues } from '../../imports/import.service.ts';
import { readPackage } from '../../metadata/metadata-read.repository.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';
import type { ImportQuery } from './data-value-set.schema.ts';

export type PayloadFormat = 'json' | 'csv' | 'adx';

interface Ctx {
  db: Database;
  clock: Clock;
}

async function parse(db: Database, format: PayloadFormat, text: string): Promise<ParseResult> {
  if (format === 'json') return parseDataValueSetJson(text);
  if (format === 'csv') return parseDhis2Csv(text);
  return parseAdx(text, comboResolverFromMetadata(await readPackage(db)));
}

const OPTION_KEYS = [
  'idScheme', 'dataElementIdScheme', 'orgUnitIdScheme', 'categoryOptionComboIdScheme', 'dataSetIdScheme',
  'dryRun', 'importStrategy', 'atomicMode', 'skipExistingCheck',
] as const satisfies readonly (keyof DataValueImportOptions)[];

/**
 * The request's options for SYT's import. DHIS2's default identifiers are UIDs (ADX: codes), where SYT's own import
 * defaults to codes; the payload's header is merged in by `importValues` as DHIS2 merges it.
 */
function requestOptions(query: ImportQuery, format: PayloadFormat): ImportOptions {
  const options: Record<string, unknown> = { idScheme: format === 'adx' ? 'CODE' : 'UID' };
  for (const key of OPTION_KEYS) if (query[key] !== undefined) options[key] = query[key];
  return options as ImportOptions;
}

/** A `dataValueSets` payload through SYT's import (checks, scope, strategies, id schemes), answered in DHIS2's shape. */
export async function importDataValueSet(
  ctx: Ctx, actor: Actor, format: PayloadFormat, text: string, query: ImportQuery,
): Promise<Dhis2ImportSummary> {
  if (!text.trim()) throw badRequest(m.emptyBody, [{ field: 'body', message: m.emptyBody }]);
  const parsed = await parse(ctx.db, format, text);
  const requested = requestOptions(query, format);
  const summary = await importValues(
    ctx,
    actor,
    { values: parsed.values, problems: parsed.problems, ...(parsed.header ? { header: parsed.header } : {}), ...(parsed.locate ? { locate: parsed.locate } : {}) },
    requested,
  );
  const used = effectiveOptions(requested, parsed.header);
  const options: DataValueImportOptions & { async?: boolean } = {
    idScheme: requested.idScheme ?? 'UID',
    dataElementIdScheme: used.schemes.dataElement,
    orgUnitIdScheme: used.schemes.orgUnit,
    categoryOptionComboIdScheme: used.schemes.categoryOptionCombo,
    dataSetIdScheme: used.schemes.dataSet,
    dryRun: used.dryRun,
    importStrategy: used.strategy,
    atomicMode: used.atomicMode,
    skipExistingCheck: used.skipExistingCheck,
    ...(query.async ? { async: true } : {}),
  };
  return toDhis2ImportSummary(summary, { options, completeDate: used.dataSet === undefined ? undefined : used.completeDate });
}
