import { DEFAULT_ATTRIBUTE_COMBO_ID } from '@syt/core/metadata/types.ts';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import { parsePeriod } from '@syt/core/period/index.ts';
import type { Database } from '../../db/database.ts';
import type { DataValueRow } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { idsByCode, type Executor } from '../metadata/upsert.ts';
import { dataSetElementIds, insertDataValueRows, readDataValues } from './data-value.repository.ts';

/** Values of one org unit for some periods, for a user whose scope covers it. */
export async function readValuesFor(db: Database, actor: Actor, orgUnit: string, periods: string[], dataSet?: string) {
  const unit = await requireOrgUnitAccess(db, actor, 'read', orgUnit);
  for (const code of periods) requirePeriod(code);
  const elementIds = dataSet ? await dataSetElementIds(db, dataSet) : undefined;
  if (dataSet && !elementIds) {
    throw new AppError(400, 'UNKNOWN_DATA_SET', vi.unknownDataSet(dataSet), [{ field: 'dataSet', message: vi.unknownDataSet(dataSet) }]);
  }
  return readDataValues(db, unit.id, periods, elementIds);
}

function requirePeriod(code: string) {
  try {
    return parsePeriod(code);
  } catch {
    throw new AppError(400, 'INVALID_PERIOD', vi.invalidPeriod(code), [{ field: 'period', message: vi.invalidPeriod(code) }]);
  }
}

/** Stores trusted values (demo load) in one transaction; codes must exist. */
export async function storeTrustedValues(db: Executor, values: DataValue[], storedBy: string, nowIso: string): Promise<number> {
  const elements = await idsByCode(db, 'data_element');
  const units = await db.selectFrom('org_unit').select(['id', 'code', 'path']).execute();
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const rootIdByCode = new Map(units.filter((u) => u.path.split('/').length === 3).map((u) => [u.code, u.id]));
  const combos = await db
    .selectFrom('category_option_combo as coc')
    .innerJoin('data_element as de', 'de.category_combo_id', 'coc.category_combo_id')
    .select(['de.code as element', 'coc.code', 'coc.id'])
    .execute();
  const comboId = new Map(combos.map((c) => [`${c.element}|${c.code}`, c.id]));
  const rows: DataValueRow[] = values.map((v) => {
    const unit = unitByCode.get(v.orgUnit);
    const period = requirePeriod(v.period);
    const coc = comboId.get(`${v.dataElement}|${v.categoryOptionCombo}`);
    const element = elements.get(v.dataElement);
    if (!unit || coc === undefined || element === undefined) throw new Error(`Unknown code in ${JSON.stringify(v)}`);
    return {
      data_element_id: element,
      category_option_combo_id: coc,
      attribute_option_combo_id: DEFAULT_ATTRIBUTE_COMBO_ID,
      org_unit_id: unit.id,
      period: v.period,
      period_start: period.startDate,
      period_end: period.endDate,
      province_id: rootIdByCode.get(unit.path.split('/')[1]!)!,
      value: v.value,
      comment: v.comment ?? null,
      stored_by: storedBy,
      created_at: nowIso,
      updated_at: nowIso,
      import_id: null,
    };
  });
  await insertDataValueRows(db, rows);
  return rows.length;
}
