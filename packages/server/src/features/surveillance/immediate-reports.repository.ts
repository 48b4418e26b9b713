import type { Insertable } from 'kysely';
import type { ImmediateReportTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

export async function insertImmediateReport(db: Executor, row: Insertable<ImmediateReportTable>): Promise<number> {
  const inserted = await db.insertInto('immediate_report').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export interface ImmediateFilter {
  watchPath: string;
  unitPath?: string;
  diseaseId?: number;
}

function filtered(db: Executor, f: ImmediateFilter) {
  let q = db
    .selectFrom('immediate_report as r')
    .innerJoin('disease as d', 'd.id', 'r.disease_id')
    .innerJoin('org_unit as o', 'o.id', 'r.org_unit_id')
    .leftJoin('surveillance_alert as a', 'a.immediate_report_id', 'r.id')
    .where('o.path', 'like', `${f.watchPath}%`);
  if (f.unitPath) q = q.where('o.path', 'like', `${f.unitPath}%`);
  if (f.diseaseId !== undefined) q = q.where('r.disease_id', '=', f.diseaseId);
  return q;
}

/** One page of immediate reports, newest first, with their alert, and the count in all. */
export async function listImmediateReports(db: Executor, f: ImmediateFilter, page: number, pageSize: number) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .select([
        'r.id', 'd.code as disease_code', 'd.name as disease_name', 'o.code as unit_code', 'o.name as unit_name', 'r.place',
        'r.onset_date', 'r.case_count', 'r.note', 'r.created_at', 'r.created_by', 'a.id as alert_id',
      ])
      .orderBy('r.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
