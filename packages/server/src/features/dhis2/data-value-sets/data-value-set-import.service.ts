import type { Dhis2ImportSummary } from '@syt/core/api/dhis2.ts';
import type { DataValueImportOptions } from '@syt/core/interchange/import-options.ts';
import { comboResolverFromMetadata, parseAdx, parseDataValueSetJson, parseDhis2Csv } from '@syt/core/interchange/index.ts';
import type { ParseResult } from '@syt/core/interchange/types.ts';
import type { Clock } from '../../../clock.ts';
import type { Database } from '../../../db/database.ts';
import { badRequest } from '../../../errors.ts';
import type { Actor } from '../../access/access.policy.ts';
import { importValues } from '../../imports/import.service.ts';
import { readPackage } from '../../metadata/metadata-read.repository.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';
import { readIdentifiers } from '../identifiers.repository.ts';
import { toDhis2ImportSummary } from './dhis2-summary.ts';
import type { ImportQuery } from './data-value-set.schema.ts';
import { schemesOf, valuesToCodes } from './id-schemes.ts';

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

/** The payload header's options, overridden by every option the request names (DHIS2's precedence). */
function mergedOptions(header: DataValueImportOptions, query: ImportQuery): DataValueImportOptions {
  const options: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    const value = query[key] ?? header[key];
    if (value !== undefined) options[key] = value;
  }
  return options as DataValueImportOptions;
}

/**
 * A `dataValueSets` payload through SYT's import: read by format, identifiers translated from the schemes in force
 * (DHIS2's default UID; ADX's CODE) into codes, then checked and stored by `importValues` with DHIS2's options.
 */
export async function importDataValueSet(
  ctx: Ctx, actor: Actor, format: PayloadFormat, text: string, query: ImportQuery,
): Promise<Dhis2ImportSummary> {
  if (!text.trim()) throw badRequest(m.emptyBody, [{ field: 'body', message: m.emptyBody }]);
  const parsed = await parse(ctx.db, format, text);
  const header = parsed.header ?? {};
  const options = mergedOptions(header, query);
  const schemes = schemesOf(options, format === 'adx' ? 'CODE' : 'UID');
  if (format === 'adx' && (schemes.dataElement !== 'CODE' || schemes.categoryOptionCombo !== 'CODE')) {
    throw badRequest(m.adxCodesOnly, [{ field: 'idScheme', message: m.adxCodesOnly }]);
  }
  const ids = await readIdentifiers(ctx.db);
  valuesToCodes(parsed.values, ids, schemes);
  const dataSet = header.dataSet === undefined ? undefined : (ids.dataSet.toCode(header.dataSet, schemes.dataSet) ?? header.dataSet);
  // Identifiers are codes from here on. Options h/storage's import reads: strategy, atomic mode, data set completion.
  const importOptions = {
    ...options,
    idScheme: 'CODE' as const,
    dataElementIdScheme: 'CODE' as const,
    orgUnitIdScheme: 'CODE' as const,
    categoryOptionComboIdScheme: 'CODE' as const,
    dataSetIdScheme: 'CODE' as const,
    dryRun: options.dryRun ?? false,
    ...(dataSet === undefined ? {} : { dataSet }),
    ...(header.completeDate === undefined ? {} : { completeDate: header.completeDate }),
  };
  const summary = await importValues(ctx, actor, { values: parsed.values, problems: parsed.problems, ...(parsed.locate ? { locate: parsed.locate } : {}) }, importOptions);
  const complete = (summary as { dataSetComplete?: string }).dataSetComplete ?? 'false';
  return toDhis2ImportSummary(summary, { ...options, dryRun: importOptions.dryRun, ...(query.async ? { async: true } : {}) }, complete);
}
