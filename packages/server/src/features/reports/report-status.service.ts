import type { ReportComparison, ReportInstanceView, ReportStatusRequest, ReportVersionSummary } from '@syt/core/api/reports.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { compareDocuments } from '@syt/core/report/edit/index.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { AppError, badRequest, forbidden, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { may, type Actor } from '../access/access.policy.ts';
import { reviewMessages } from '../request-reviews/request-reviews.messages.ts';
import { requireInstance, requireMissingAcknowledged, requireVersion } from './report-access.ts';
import { noticeStatusChange } from './report-notices.ts';
import { issueDocument } from './report-issue.service.ts';
import { isWithdrawal, transitionActions } from './report-status.ts';
import { writeNextVersion } from './report-write.ts';
import { toVersionSummary, toView } from './reports.presenter.ts';
import { findInstance, listVersions, versionDocuments } from './reports.repository.ts';
import type { ReportCtx } from './reports.service.ts';

/**
 * Moves a report along draft → submitted → final → issued (or back to draft), as a new version. Issuing writes the
 * clerk's number and date into the header; sending, approving and returning notify whom they concern.
 */
export async function setReportStatus(ctx: ReportCtx, actor: Actor, id: number, input: ReportStatusRequest): Promise<ReportInstanceView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireInstance(trx, actor, 'read', id);
    if (row.review_request_id !== null) throw new AppError(409, 'REVIEW_THROUGH_REQUEST', reviewMessages.throughRequest);
    if (!transitionActions(row.status, input.status).some((action) => may(actor, action, row.org_unit_path))) throw forbidden();
    const withdrawn = isWithdrawal(actor, row.status, input.status, row.org_unit_path);
    requireVersion(row, input.baseVersion);
    const stored = JSON.parse(row.document) as ReportDocument;
    const now = ctx.clock.now();
    const document = input.status === 'issued' ? await issueDocument(trx, row, stored, input, vietnamDate(now)) : stored;
    const note = input.status === 'final' ? requireMissingAcknowledged(stored, input.acknowledgeMissing === true) : null;
    await writeNextVersion(trx, ctx.clock, actor, row, { document, status: input.status, action: 'status', note });
    await noticeStatusChange(trx, now.toISOString(), actor, row, withdrawn ? 'withdrawn' : input.status, row.version + 1);
    return toView((await findInstance(trx, id))!, actor);
  });
}

/** A report's versions, newest first. */
export async function reportVersions(ctx: ReportCtx, actor: Actor, id: number): Promise<ReportVersionSummary[]> {
  await requireInstance(ctx.db, actor, 'read', id);
  return (await listVersions(ctx.db, id)).map(toVersionSummary);
}

/** The paragraphs that differ between two versions of a report. */
export async function compareReportVersions(ctx: ReportCtx, actor: Actor, id: number, from: number, to: number): Promise<ReportComparison> {
  await requireInstance(ctx.db, actor, 'read', id);
  const docs = new Map((await versionDocuments(ctx.db, id, [from, to])).map((r) => [r.version, JSON.parse(r.document) as ReportDocument]));
  for (const [field, version] of [['from', from], ['to', to]] as const) {
    if (!docs.has(version)) {
      if (version < 1) throw badRequest(vi.report.versionRange, [{ field, message: vi.report.versionRange }]);
      throw notFound(vi.report.versionNotFound(version));
    }
  }
  return { from, to, changes: compareDocuments(docs.get(from)!, docs.get(to)!) };
}
