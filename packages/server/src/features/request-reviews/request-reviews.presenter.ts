/** Review rows → the API's shape; the status is worked out from the group's deadline and the sending time. */
import type { UnitReviewView } from '@syt/core/api/request-reviews.ts';
import { submissionStatus, SUBMISSION_STATUS_LABELS } from '@syt/core/requests/index.ts';
import type { Actor } from '../access/access.policy.ts';
import type { NameOf } from '../users/display-names.repository.ts';
import type { ReviewRow } from './request-reviews.repository.ts';
import { mayReturnReview, mayWriteReview } from './review-access.ts';

/** One unit's review as the actor sees it. */
export function toReviewView(row: ReviewRow, actor: Actor, now: Date, nameOf: NameOf): UnitReviewView {
  const status = submissionStatus(row.deadline, row.sent_at, now);
  return {
    unit: { code: row.code, name: row.name },
    groupId: row.group_id,
    deadline: row.deadline,
    reportId: row.instance_id,
    reportVersion: row.report_version,
    status,
    statusLabel: SUBMISSION_STATUS_LABELS[status],
    sentAt: row.sent_at,
    sentBy: row.sent_by === null ? null : nameOf(row.sent_by),
    sentVersion: row.sent_version,
    mayWrite: mayWriteReview(actor, row.path),
    mayReturn: row.sent_version !== null && mayReturnReview(actor, row.path),
  };
}
