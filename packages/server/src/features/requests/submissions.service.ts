/**
 * A unit sends its report: one or more files, an optional note. Sending again adds files and replaces the note but
 * keeps the first sending's time and sender, so a unit that answered on time stays on time when it later adds a
 * corrected appendix; a unit whose first file came after the deadline stays late.
 */
import type { SubmissionView } from '@syt/core/api/requests.ts';
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import { submissionStatus } from '@syt/core/requests/index.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import { fileError, readAttachment, storeAttachment, type Upload } from '../attachments/attachment.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { maySubmitFor, requireVisibleRequest, seesUnit } from './request-access.ts';
import { toSubmissionView } from './requests.presenter.ts';
import type { RequestCtx } from './requests.service.ts';
import * as repo from './submissions.repository.ts';

/** Records the unit's files (checked already by the multipart reader); late when the deadline's day has ended. */
export async function submitReport(
  ctx: RequestCtx, actor: Actor, requestId: number, form: { unit: string; note?: string | undefined }, uploads: Upload[],
): Promise<SubmissionView> {
  if (uploads.length === 0) throw fileError(vi.requests.fileRequired);
  return ctx.db.transaction().execute(async (trx) => {
    const target = await requireRequestUnit(trx, actor, requestId, form.unit, 'unit');
    if (!roleAllows(actor.role, 'enter')) throw forbidden();
    if (!maySubmitFor(actor, target.path)) throw forbidden(vi.requests.ownUnitOnly(target.name));
    const now = ctx.clock.now();
    const at = now.toISOString();
    const refs: AttachmentRef[] = [];
    for (const upload of uploads) refs.push(await storeAttachment(trx, upload, actor.username, at));
    const id = await recordSubmission(trx, target, actor, now, form.note);
    await repo.insertFiles(trx, id, refs.map((r) => r.id));
    const [row] = (await repo.findUnitRows(trx, { exact: target.path }, requestId)).filter((u) => u.group_id === target.group_id);
    return toSubmissionView(row!, (await repo.findFiles(trx, [id])).get(id) ?? [], now, await displayNames(trx, [row!.submitted_by]));
  });
}

/**
 * Records that a unit answered (its first sending's time decides on time or late, against its group's deadline);
 * a later sending only replaces the note (when given). Returns the submission's id.
 */
export async function recordSubmission(
  trx: Executor, target: { group_id: number; id: number; deadline: string }, actor: Actor, now: Date, note?: string | undefined,
): Promise<number> {
  const at = now.toISOString();
  const existing = await repo.findSubmission(trx, target.group_id, target.id);
  if (existing) {
    await repo.touchSubmission(trx, existing.id, { ...(note === undefined ? {} : { note }), updated_at: at });
    return existing.id;
  }
  return repo.insertSubmission(trx, {
    group_id: target.group_id, org_unit_id: target.id, status: submissionStatus(target.deadline, now, now),
    submitted_at: at, submitted_by: actor.username, note: note ?? null, updated_at: at,
  });
}

/** One file of a unit's submission, for the unit itself or those who oversee it (403 otherwise). */
export async function submissionFile(ctx: RequestCtx, actor: Actor, requestId: number, unitCode: string, attachmentId: number) {
  const target = await requireRequestUnit(ctx.db, actor, requestId, unitCode);
  if (!seesUnit(actor, target.path)) throw forbidden(vi.outsideScope(target.name));
  const submission = await repo.findSubmission(ctx.db, target.group_id, target.id);
  const linked = submission !== undefined && (await repo.isSubmissionFile(ctx.db, submission.id, attachmentId));
  const file = linked ? await readAttachment(ctx.db, attachmentId) : undefined;
  if (!file) throw notFound(vi.requests.fileNotFound);
  return file;
}

/**
 * The unit's place in the request: 404 when the request does not exist or the actor sees none of its units (the same
 * answer); when the unit is not in it, 400 naming the form field (a submission) or 404 (a file address).
 */
export async function requireRequestUnit(db: Executor, actor: Actor, requestId: number, unitCode: string, field?: string) {
  await requireVisibleRequest(db, actor, requestId);
  const target = await repo.findRequestUnit(db, requestId, unitCode);
  if (target) return target;
  const message = vi.requests.unitNotInRequest(unitCode);
  throw field ? new AppError(400, 'UNIT_NOT_IN_REQUEST', message, [{ field, message }]) : notFound(message);
}
