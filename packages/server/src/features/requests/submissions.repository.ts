/** Queries on the units' answers: one row per unit of a group with its submission, the files, and open deadlines. */
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import { sql, type Insertable } from 'kysely';
import type { ReportRequestSubmissionTable } from '../../db/schema.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Which units' rows to read: a subtree (prefix of the path) or one unit (its exact path). */
export type PathFilter = { prefix: string } | { exact: string };

/** One unit of a group, with its submission when it has sent one. */
export interface UnitRow {
  request_id: number;
  group_id: number;
  deadline: string;
  org_unit_id: number;
  code: string;
  name: string;
  submission_id: number | null;
  submitted_at: string | null;
  submitted_by: string | null;
  note: string | null;
}

/** Units (with submissions) of one request or of all requests, limited to the paths the reader may see. */
export async function findUnitRows(db: Executor, paths: PathFilter, requestId?: number): Promise<UnitRow[]> {
  let q = db
    .selectFrom('report_request_group as g')
    .innerJoin('report_request_unit as ru', 'ru.group_id', 'g.id')
    .innerJoin('org_unit as u', 'u.id', 'ru.org_unit_id')
    .leftJoin('report_request_submission as s', (j) => j.onRef('s.group_id', '=', 'g.id').onRef('s.org_unit_id', '=', 'ru.org_unit_id'))
    .select(['g.request_id', 'g.id as group_id', 'g.deadline', 'u.id as org_unit_id', 'u.code', 'u.name'])
    .select(['s.id as submission_id', 's.submitted_at', 's.submitted_by', 's.note'])
    .orderBy('g.request_id')
    .orderBy('g.sort_order')
    .orderBy('u.sort_order')
    .orderBy('u.code');
  if (requestId !== undefined) q = q.where('g.request_id', '=', requestId);
  if ('exact' in paths) return q.where('u.path', '=', paths.exact).execute();
  const prefix = `${paths.prefix.replace(/[!%_]/g, '!$&')}%`;
  return q.where(sql<boolean>`${sql.ref('u.path')} like ${prefix} escape '!'`).execute();
}

/** The files of several submissions, by submission id, in upload order. */
export async function findFiles(db: Executor, submissionIds: number[]): Promise<Map<number, AttachmentRef[]>> {
  const files = new Map<number, AttachmentRef[]>();
  if (submissionIds.length === 0) return files;
  const rows = await db
    .selectFrom('report_request_file as f')
    .innerJoin('attachment as a', 'a.id', 'f.attachment_id')
    .select(['f.submission_id', 'a.id', 'a.file_name', 'a.content_type', 'a.size'])
    .where('f.submission_id', 'in', submissionIds)
    .orderBy('a.id')
    .execute();
  for (const r of rows) {
    const list = files.get(r.submission_id) ?? [];
    list.push({ id: r.id, fileName: r.file_name, contentType: r.content_type, size: Number(r.size) });
    files.set(r.submission_id, list);
  }
  return files;
}

/** A unit's submission in a group, or undefined. */
export async function findSubmission(db: Executor, groupId: number, orgUnitId: number) {
  return db
    .selectFrom('report_request_submission')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('org_unit_id', '=', orgUnitId)
    .executeTakeFirst();
}

/** Inserts a first submission; returns its id. */
export async function insertSubmission(db: Executor, row: Insertable<ReportRequestSubmissionTable>): Promise<number> {
  const { id } = await db.insertInto('report_request_submission').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A later sending: the note (when given) and the time of the last change; the first sending's time stays. */
export async function touchSubmission(db: Executor, id: number, changes: { note?: string; updated_at: string }): Promise<void> {
  await db.updateTable('report_request_submission').set(changes).where('id', '=', id).execute();
}

/** Links stored attachments to a submission. */
export async function insertFiles(db: Executor, submissionId: number, attachmentIds: number[]): Promise<void> {
  if (attachmentIds.length === 0) return;
  await db.insertInto('report_request_file').values(attachmentIds.map((a) => ({ submission_id: submissionId, attachment_id: a }))).execute();
}

/** Whether an attachment is one of a submission's files. */
export async function isSubmissionFile(db: Executor, submissionId: number, attachmentId: number): Promise<boolean> {
  const row = await db
    .selectFrom('report_request_file')
    .select('attachment_id')
    .where('submission_id', '=', submissionId)
    .where('attachment_id', '=', attachmentId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The group of a request that a unit (by code) answers in, with the unit; undefined when it is in none. */
export async function findRequestUnit(db: Executor, requestId: number, unitCode: string) {
  return db
    .selectFrom('report_request_group as g')
    .innerJoin('report_request_unit as ru', 'ru.group_id', 'g.id')
    .innerJoin('org_unit as u', 'u.id', 'ru.org_unit_id')
    .select(['g.id as group_id', 'g.deadline', 'u.id', 'u.code', 'u.name', 'u.path', 'u.type'])
    .where('g.request_id', '=', requestId)
    .where('u.code', '=', unitCode)
    .executeTakeFirst();
}
