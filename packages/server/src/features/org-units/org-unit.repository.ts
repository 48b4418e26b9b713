import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { reusableQuery } from '../../db/reusable-query.ts';
import { storedUid } from '../metadata/stored-uid.ts';
import { idsByCode, upsertByCode, type Executor } from '../metadata/upsert.ts';

/** Upserts org units by code (parents before children), then their successor links. */
export async function writeOrgUnits(db: Executor, units: OrgUnit[]): Promise<void> {
  const byLevel = [...units].sort((a, b) => a.level - b.level || a.sortOrder - b.sortOrder);
  const stored = await db.selectFrom('org_unit').select(['id', 'code', 'path']).execute();
  const known = new Map(stored.map((u) => [u.code, { id: u.id, path: u.path }]));
  for (const unit of byLevel) {
    const parent = unit.parent ? known.get(unit.parent) : undefined;
    const path = `${parent?.path ?? '/'}${unit.code}/`;
    const id = await upsertByCode(db, 'org_unit', {
      code: unit.code,
      uid: storedUid('orgUnit', unit),
      name: unit.name,
      sentence_name: unit.sentenceName ?? null,
      level: unit.level,
      type: unit.type ?? 'AREA',
      parent_id: parent?.id ?? null,
      path,
      sort_order: unit.sortOrder,
      opening_date: unit.openingDate,
      closing_date: unit.closingDate,
    });
    known.set(unit.code, { id, path });
  }
  for (const unit of units) {
    const id = known.get(unit.code)!.id;
    await db.deleteFrom('org_unit_successor').where('org_unit_id', '=', id).execute();
    const rows = unit.successors.map((s) => ({ org_unit_id: id, successor_id: known.get(s)!.id }));
    if (rows.length) await db.insertInto('org_unit_successor').values(rows).execute();
  }
}

/** Replaces the assigned org units of each named data set. */
export async function writeAssignments(db: Executor, assignments: Record<string, string[]>): Promise<void> {
  const dataSetIds = await idsByCode(db, 'data_set');
  const unitIds = await idsByCode(db, 'org_unit');
  for (const [dataSet, units] of Object.entries(assignments)) {
    const dataSetId = dataSetIds.get(dataSet)!;
    await db.deleteFrom('data_set_org_unit').where('data_set_id', '=', dataSetId).execute();
    const rows = units.map((u) => ({ data_set_id: dataSetId, org_unit_id: unitIds.get(u)! }));
    if (rows.length) await db.insertInto('data_set_org_unit').values(rows).execute();
  }
}

/** Every org unit ever, with successor codes; order is left to the caller's canonical sort. */
export async function readOrgUnits(db: Executor): Promise<OrgUnit[]> {
  const rows = await db
    .selectFrom('org_unit as u')
    .leftJoin('org_unit as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.code', 'u.name', 'u.sentence_name', 'u.level', 'u.type', 'p.code as parent', 'u.sort_order',
      'u.opening_date', 'u.closing_date'])
    .orderBy('u.level')
    .orderBy('u.sort_order')
    .orderBy('u.code')
    .execute();
  const links = await db
    .selectFrom('org_unit_successor as l')
    .innerJoin('org_unit as s', 's.id', 'l.successor_id')
    .select(['l.org_unit_id', 's.code'])
    .orderBy('s.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    ...(r.sentence_name ? { sentenceName: r.sentence_name } : {}),
    level: r.level,
    ...(r.type === 'AREA' ? {} : { type: r.type }),
    parent: r.parent,
    sortOrder: r.sort_order,
    openingDate: r.opening_date,
    closingDate: r.closing_date,
    successors: links.filter((l) => l.org_unit_id === r.id).map((l) => l.code),
  }));
}

/** The stored data-set assignments, data sets and units by code in a stable order. */
export async function readAssignments(db: Executor): Promise<Record<string, string[]>> {
  const rows = await db
    .selectFrom('data_set_org_unit as a')
    .innerJoin('data_set as d', 'd.id', 'a.data_set_id')
    .innerJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .select(['d.code as dataSet', 'u.code as orgUnit'])
    .orderBy('d.id')
    .orderBy('u.level')
    .orderBy('u.sort_order')
    .execute();
  const result: Record<string, string[]> = {};
  for (const r of rows) (result[r.dataSet] ??= []).push(r.orgUnit);
  return result;
}

const orgUnitByCode = reusableQuery((db, code: string) =>
  db.selectFrom('org_unit').select(['id', 'code', 'name', 'path', 'level', 'opening_date', 'closing_date']).where('code', '=', code),
);

/** Looks up one org unit's id, path and province root by code. */
export async function findOrgUnitByCode(db: Executor, code: string) {
  return (await orgUnitByCode(db, code))[0];
}
