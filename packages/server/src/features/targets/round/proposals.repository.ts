import type { Insertable } from 'kysely';
import type { TargetProposalTable } from '../../../db/schema.ts';
import type { Executor } from '../../metadata/upsert.ts';

type ProposalRow = Insertable<TargetProposalTable>;

/** A unit's proposals in a round, by item. */
export async function unitProposals(db: Executor, requestId: number, orgUnitId: number) {
  return db.selectFrom('target_proposal').selectAll().where('request_id', '=', requestId).where('org_unit_id', '=', orgUnitId).execute();
}

/** Replaces a unit's draft proposals with these rows (the unit's whole grid as it saved it). */
export async function replaceDrafts(db: Executor, requestId: number, orgUnitId: number, rows: ProposalRow[]): Promise<void> {
  await db.deleteFrom('target_proposal').where('request_id', '=', requestId).where('org_unit_id', '=', orgUnitId).execute();
  if (rows.length > 0) await db.insertInto('target_proposal').values(rows).execute();
}

/** Moves a unit's proposals from one status to the next. */
export async function setUnitStatus(
  db: Executor, requestId: number, orgUnitId: number, status: TargetProposalTable['status'], by: string, at: string,
): Promise<void> {
  await db
    .updateTable('target_proposal')
    .set({ status, updated_by: by, updated_at: at })
    .where('request_id', '=', requestId)
    .where('org_unit_id', '=', orgUnitId)
    .execute();
}

/** The round's sent proposals with their units, in unit order (bounded: a round's units × its items). */
export async function sentProposals(db: Executor, requestId: number) {
  return db
    .selectFrom('target_proposal as p')
    .innerJoin('org_unit as ou', 'ou.id', 'p.org_unit_id')
    .select(['p.id', 'p.org_unit_id', 'p.item', 'p.measure', 'p.direction', 'p.value', 'p.baseline', 'p.agreed_value'])
    .select(['ou.code', 'ou.name', 'ou.path', 'ou.type'])
    .where('p.request_id', '=', requestId)
    .where('p.status', '=', 'SUBMITTED')
    .orderBy('ou.path')
    .orderBy('p.item')
    .execute();
}

export async function markApproved(db: Executor, ids: number[], by: string, at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('target_proposal').set({ status: 'APPROVED', updated_by: by, updated_at: at }).where('id', 'in', ids.slice(i, i + 500)).execute();
  }
}

/** The paths of the units a request asks (bounded by the request's own limits). */
export async function requestUnitPaths(db: Executor, requestId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('report_request_group as g')
    .innerJoin('report_request_unit as ru', 'ru.group_id', 'g.id')
    .innerJoin('org_unit as u', 'u.id', 'ru.org_unit_id')
    .select('u.path')
    .where('g.request_id', '=', requestId)
    .execute();
  return rows.map((r) => r.path);
}

/** The request's districts (its units that are areas), in order: the units whose proposals a field agrees. */
export async function requestDistricts(db: Executor, requestId: number) {
  return db
    .selectFrom('report_request_group as g')
    .innerJoin('report_request_unit as ru', 'ru.group_id', 'g.id')
    .innerJoin('org_unit as u', 'u.id', 'ru.org_unit_id')
    .select(['u.code', 'u.name'])
    .where('g.request_id', '=', requestId)
    .where('u.type', '=', 'AREA')
    .orderBy('u.path')
    .execute();
}

/** The districts' proposals of these items in the round, in unit then item order (bounded: the round's units × items). */
export async function districtProposals(db: Executor, requestId: number, items: readonly string[]) {
  if (items.length === 0) return [];
  return db
    .selectFrom('target_proposal as p')
    .innerJoin('org_unit as ou', 'ou.id', 'p.org_unit_id')
    .selectAll('p')
    .select(['ou.code', 'ou.name'])
    .where('p.request_id', '=', requestId)
    .where('ou.type', '=', 'AREA')
    .where('p.item', 'in', [...items])
    .orderBy('ou.path')
    .orderBy('p.item')
    .execute();
}

/** Records the field unit's agreement of one proposal. */
export async function setAgreement(db: Executor, id: number, a: { value: number; note: string | null; by: string; at: string }): Promise<void> {
  await db
    .updateTable('target_proposal')
    .set({ agreed_value: a.value, agreed_note: a.note, agreed_by: a.by, agreed_at: a.at })
    .where('id', '=', id)
    .execute();
}
