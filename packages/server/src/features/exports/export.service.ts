import { comboResolverFromMetadata, toAdx, toDataValueSetJson, toDhis2Csv } from '@syt/core/interchange/index.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { requirePeriod } from '../data-entry/cell.service.ts';
import { dataSetElementIds } from '../data-values/data-value.repository.ts';
import { readPackage } from '../metadata/metadata-read.repository.ts';
import { selectExportValues } from './export.repository.ts';

export type ExportFormat = 'json' | 'csv' | 'adx';

export interface ExportRequest {
  orgUnit: string;
  descendants: boolean;
  periods: string[];
  dataSet?: string | undefined;
  format: ExportFormat;
}

const MEDIA: Record<ExportFormat, { type: string; extension: string }> = {
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  adx: { type: 'application/adx+xml; charset=utf-8', extension: 'xml' },
};

/**
 * Serialises stored values in a DHIS2 format, for a unit in the actor's scope, with DHIS2's fields beside each value
 * (attribute option combo, followup, storedBy, created, lastUpdated) and, for one data set, its code.
 */
export async function exportValues(db: Database, actor: Actor, req: ExportRequest) {
  const unit = await requireOrgUnitAccess(db, actor, 'read', req.orgUnit);
  const periods = req.periods.map((p) => requirePeriod(p).code);
  const elementIds = req.dataSet ? await dataSetElementIds(db, req.dataSet) : undefined;
  if (req.dataSet && !elementIds) {
    throw new AppError(400, 'UNKNOWN_DATA_SET', vi.unknownDataSet(req.dataSet), [{ field: 'dataSet', message: vi.unknownDataSet(req.dataSet) }]);
  }
  const values = await selectExportValues(db, unit, { descendants: req.descendants, periods, ...(elementIds ? { elementIds } : {}) });
  const body =
    req.format === 'json'
      ? toDataValueSetJson(values, req.dataSet ? { dataSet: req.dataSet } : {})
      : req.format === 'csv'
        ? toDhis2Csv(values)
        : toAdx(values, comboResolverFromMetadata(await readPackage(db)), req.dataSet ? { dataSet: req.dataSet } : {});
  const media = MEDIA[req.format];
  const fileName = `syt-${unit.code}-${periods.join('_')}.${media.extension}`;
  return { body, contentType: media.type, fileName, count: values.length, unitName: unit.name, periods };
}
