/**
 * A unit's review sent through a reporting request: opened once (its own report, written from its data and targets
 * by the periodic writer), edited in the report editor, then sent: the submission is recorded against the group's
 * deadline and the sent version frozen (no edit after). Those above download what was sent.
 */
import type { RequestReviewsView, UnitReviewView } from '@syt/core/api/request-reviews.ts';
import type { ReportFormat, ReportStatus } from '@syt/core/api/reports.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { roleAllows, type Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { requireVersion } from '../reports/report-access.ts';
import { writeOptions } from '../reports/report-input.service.ts';
import { renderReportFile, type ReportFile } from '../reports/report-output.service.ts';
import { requireReportPeriod, storedReportName } from '../reports/report-period.ts';
import { requireDraft } from '../reports/report-status.ts';
import { writeNextVersion } from '../reports/report-write.ts';
import { findInstance, findInstanceFor, versionDocuments } from '../reports/reports.repository.ts';
import { storeNewReport } from '../reports/reports.service.ts';
import { requireVisibleRequest, seesUnit } from '../requests/request-access.ts';
import { findRequest } from '../requests/requests.repository.ts';
import type { RequestCtx } from '../requests/requests.service.ts';
import { recordSubmission, requireRequestUnit } from '../requests/submissions.service.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { reviewMessages as m } from './request-reviews.messages.ts';
import { toReviewView } from './request-reviews.presenter.ts';
import * as repo from './request-reviews.repository.ts';
import { mayReturnReview, mayWriteReview } from './review-access.ts';
import { reviewDeliverableOf } from './review-deliverable.ts';

/** What the request asks, and the review of each unit the actor sees (its own only, for a unit's user). */
export async function listReviews(ctx: RequestCtx, actor: Actor, requestId: number): Promise<RequestReviewsView> {
  const request = await requireVisibleRequest(ctx.db, actor, requestId);
  const deliverable = reviewDeliverableOf(request);
  if (!deliverable) return { deliverable: null, reviews: [] };
  const rows = (await repo.findReviewRows(ctx.db, requestId)).filter((r) => seesUnit(actor, r.path));
  const nameOf = await displayNames(ctx.db, rows.map((r) => r.sent_by));
  const now = ctx.clock.now();
  const { title, reportKind, period } = deliverable;
  return { deliverable: { title, reportKind, period }, reviews: rows.map((r) => toReviewView(r, actor, now, nameOf)) };
}

/** Opens the unit's review, writing its report on the first call; `created` tells the route 201 from 200. */
export async function openReview(ctx: RequestCtx, actor: Actor, requestId: number, unitCode: string): Promise<{ created: boolean; view: UnitReviewView }> {
  return ctx.db.transaction().execute(async (trx) => {
    const { target, deliverable } = await requireWritableReview(trx, actor, requestId, unitCode);
    if (await repo.findReview(trx, requestId, target.id)) return { created: false, view: await reviewView(trx, ctx, actor, requestId, target.id) };
    const period = requireReportPeriod(deliverable.reportKind, deliverable.period);
    const unit = { id: target.id, code: target.code, name: target.name, path: target.path };
    if (await findInstanceFor(trx, unit.id, period.code, period.kind)) {
      throw new AppError(409, 'REPORT_EXISTS', m.exists(target.name, storedReportName(period.kind, period.code)));
    }
    const instanceId = await storeNewReport(trx, ctx.clock, actor, unit, period, writeOptions(ctx.clock, {}));
    await repo.insertReview(trx, { instance_id: instanceId, request_id: requestId, org_unit_id: target.id, sent_version: null, sent_at: null, sent_by: null });
    return { created: true, view: await reviewView(trx, ctx, actor, requestId, target.id) };
  });
}

/** Sends the unit's review: the next version, frozen as sent, and the unit's submission (on time or late). */
export async function sendReview(ctx: RequestCtx, actor: Actor, requestId: number, unitCode: string, baseVersion: number): Promise<UnitReviewView> {
  return ctx.db.transaction().execute(async (trx) => {
    const { request, target } = await requireWritableReview(trx, actor, requestId, unitCode);
    const review = await repo.findReview(trx, requestId, target.id);
    if (!review) throw new AppError(409, 'REVIEW_NOT_OPENED', m.notOpened(target.name));
    if (review.sent_version !== null) throw new AppError(409, 'REVIEW_ALREADY_SENT', m.alreadySent(target.name));
    const row = (await findInstance(trx, review.instance_id))!;
    requireVersion(row, baseVersion);
    requireDraft(row.status as ReportStatus);
    const document = JSON.parse(row.document) as ReportDocument;
    const note = m.sentNote(request.number || `#${request.id}`);
    await writeNextVersion(trx, ctx.clock, actor, row, { document, status: 'submitted', action: 'status', note });
    const now = ctx.clock.now();
    await repo.markSent(trx, row.id, { sent_version: row.version + 1, sent_at: now.toISOString(), sent_by: actor.username });
    await recordSubmission(trx, target, actor, now);
    return reviewView(trx, ctx, actor, requestId, target.id);
  });
}

/**
 * The department returns a sent review for the unit to edit: a draft again (a new version), no longer sent. The
 * unit's submission keeps its first sending's time, as a unit's files do when it sends a corrected one.
 */
export async function returnReview(
  ctx: RequestCtx, actor: Actor, requestId: number, unitCode: string, input: { baseVersion: number; note: string },
): Promise<UnitReviewView> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!roleAllows(actor.role, 'approve')) throw forbidden(m.aboveOnly(unitCode));
    const target = await requireRequestUnit(trx, actor, requestId, unitCode, 'unit');
    if (!seesUnit(actor, target.path)) throw notFound(m.notSent(unitCode));
    if (!mayReturnReview(actor, target.path)) throw forbidden(m.aboveOnly(target.name));
    const review = await repo.findReview(trx, requestId, target.id);
    if (!review || review.sent_version === null) throw new AppError(409, 'REVIEW_NOT_SENT', m.notSent(target.name));
    const row = (await findInstance(trx, review.instance_id))!;
    requireVersion(row, input.baseVersion);
    const document = JSON.parse(row.document) as ReportDocument;
    await writeNextVersion(trx, ctx.clock, actor, row, { document, status: 'draft', action: 'status', note: m.returnedNote(input.note) });
    await repo.markReturned(trx, row.id);
    return reviewView(trx, ctx, actor, requestId, target.id);
  });
}

/** The sent version of a unit's review in a format (Word by default): for the unit and those above it. */
export async function reviewFile(ctx: RequestCtx, actor: Actor, requestId: number, unitCode: string, format: ReportFormat): Promise<ReportFile> {
  const target = await requireRequestUnit(ctx.db, actor, requestId, unitCode);
  if (!seesUnit(actor, target.path)) throw notFound(m.notSent(unitCode));
  const review = await repo.findReview(ctx.db, requestId, target.id);
  if (!review || review.sent_version === null) throw notFound(m.notSent(target.name));
  const [sent] = await versionDocuments(ctx.db, review.instance_id, [review.sent_version]);
  const file = await renderReportFile(JSON.parse(sent!.document) as ReportDocument, format);
  return { ...file, fileName: `${asciiCode(target.code)}-${file.fileName}` };
}

/** The request, the unit's place in it and the review asked, for one of the unit's own users (400/403/404/409). */
async function requireWritableReview(db: Executor, actor: Actor, requestId: number, unitCode: string) {
  const target = await requireRequestUnit(db, actor, requestId, unitCode, 'unit');
  // Seen by the actor: requireRequestUnit has checked.
  const request = (await findRequest(db, requestId))!;
  const deliverable = reviewDeliverableOf(request);
  if (!deliverable) throw new AppError(409, 'NO_REVIEW_ASKED', m.noReview);
  if (!mayWriteReview(actor, target.path)) throw forbidden(m.ownUnitOnly(target.name));
  return { request, target, deliverable };
}

async function reviewView(db: Executor, ctx: RequestCtx, actor: Actor, requestId: number, orgUnitId: number): Promise<UnitReviewView> {
  const row = (await repo.findReviewRows(db, requestId)).find((r) => r.org_unit_id === orgUnitId)!;
  return toReviewView(row, actor, ctx.clock.now(), await displayNames(db, [row.sent_by]));
}

/** Unit codes go into a download name: kept to plain ASCII so every browser keeps it. */
function asciiCode(code: string): string {
  return code.replace(/[^A-Za-z0-9_-]/g, '_');
}
