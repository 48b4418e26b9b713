import type { ExportValue } from '@syt/core/interchange/types.ts';
import { comboResolverFromMetadata, toAdx, toDataValueSetJson, toDhis2Csv } from '@syt/core/interchange/index.ts';
import type { Database } from '../../../db/database.ts';
import { badRequest } from '../../../errors.ts';
import type { Actor } from '../../access/access.policy.ts';
import { requireOrgUnitAccess } from '../../access/access.service.ts';
import { requirePeriod } from '../../data-entry/cell.service.ts';
import { dataSetElementIds } from '../../data-values/data-value.repository.ts';
import { readPackage } from '../../metadata/metadata-read.repository.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';
import { readIdentifiers, type Identifiers } from '../identifiers.repository.ts';
import { selectDhis2Values } from './data-value-set-export.repository.ts';
import type { ExportQuery } from './data-value-set.schema.ts';
import { fromCode, schemesOf, type Schemes } from './id-schemes.ts';
import type { PayloadFormat } from './data-value-set-import.service.ts';

const MEDIA: Record<PayloadFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'application/csv; charset=utf-8',
  adx: 'application/adx+xml; charset=utf-8',
};

/** A request identifier in the scheme in force, else a UID, else a code (DHIS2 scripts mix them). */
function codeOf(ids: Identifiers, schemes: Schemes, kind: keyof Identifiers, id: string, field: string): string {
  const code = ids[kind].toCode(id, schemes[kind]) ?? ids[kind].toCode(id, 'UID') ?? ids[kind].toCode(id, 'CODE');
  if (code === undefined) {
    const message = m.unknownIdentifier(field, id);
    throw badRequest(message, [{ field, message }]);
  }
  return code;
}

/**
 * GET /api/dataValueSets: the stored values of units in the caller's scope (each alone or with `children`), for
 * periods named or lying between startDate and endDate, of some data sets, written in the identifiers asked for.
 */
export async function exportDataValueSet(db: Database, actor: Actor, q: ExportQuery, format: PayloadFormat) {
  const ids = await readIdentifiers(db);
  const schemes = schemesOf(q, format === 'adx' ? 'CODE' : 'UID');
  if (format === 'adx' && (schemes.dataElement !== 'CODE' || schemes.categoryOptionCombo !== 'CODE')) {
    throw badRequest(m.adxCodesOnly, [{ field: 'idScheme', message: m.adxCodesOnly }]);
  }
  if (!q.period && !(q.startDate && q.endDate)) throw badRequest(m.periodsRequired, [{ field: 'period', message: m.periodsRequired }]);
  if (q.startDate && q.endDate && q.startDate > q.endDate) throw badRequest(m.datesReversed, [{ field: 'endDate', message: m.datesReversed }]);
  const units = [];
  for (const id of q.orgUnit) units.push(await requireOrgUnitAccess(db, actor, 'read', codeOf(ids, schemes, 'orgUnit', id, 'orgUnit')));
  const dataSets = (q.dataSet ?? []).map((id) => codeOf(ids, schemes, 'dataSet', id, 'dataSet'));
  const elementIds = q.dataSet ? (await Promise.all(dataSets.map((code) => dataSetElementIds(db, code)))).flatMap((list) => list ?? []) : undefined;
  const values = await selectDhis2Values(db, {
    units,
    children: q.children ?? false,
    ...(q.period ? { periods: q.period.map((p) => requirePeriod(p).code) } : {}),
    ...(q.startDate && q.endDate ? { between: { start: q.startDate, end: q.endDate } } : {}),
    ...(elementIds ? { elementIds } : {}),
  });
  const dataSet = dataSets.length === 1 ? fromCode(ids, schemes, 'dataSet', dataSets[0]!) : undefined;
  return { body: await write(db, format, values.map((v) => inScheme(v, ids, schemes)), dataSet), contentType: MEDIA[format] };
}

function inScheme(v: ExportValue, ids: Identifiers, schemes: Schemes): ExportValue {
  const out: ExportValue = {
    ...v,
    dataElement: fromCode(ids, schemes, 'dataElement', v.dataElement),
    orgUnit: fromCode(ids, schemes, 'orgUnit', v.orgUnit),
    categoryOptionCombo: fromCode(ids, schemes, 'categoryOptionCombo', v.categoryOptionCombo),
  };
  if (v.attributeOptionCombo !== undefined) out.attributeOptionCombo = fromCode(ids, schemes, 'categoryOptionCombo', v.attributeOptionCombo);
  return out;
}

async function write(db: Database, format: PayloadFormat, values: ExportValue[], dataSet: string | undefined): Promise<string> {
  if (format === 'json') return toDataValueSetJson(values, dataSet === undefined ? {} : { dataSet });
  if (format === 'csv') return toDhis2Csv(values);
  return toAdx(values, comboResolverFromMetadata(await readPackage(db)), dataSet === undefined ? {} : { dataSet });
}
