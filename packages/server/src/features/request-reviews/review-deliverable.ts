/** The REVIEW deliverable of a request: checked when the request is created, and read back from the stored request. */
import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { REVIEW_KINDS, type ReviewKind } from '@syt/core/api/request-reviews.ts';
import { parseReportPeriod } from '@syt/core/report/report-period.ts';
import { REPORT_KIND_NAMES, REPORT_PERIOD_FORMS } from '@syt/core/vi/period-words.ts';
import { vi } from '../../messages.ts';
import type { StoredDeliverable } from '../requests/requests.presenter.ts';
import type { RequestRow } from '../requests/requests.repository.ts';
import type { CreateRequestInput } from '../requests/requests.schema.ts';
import { reviewMessages as m } from './request-reviews.messages.ts';

export type ReviewDeliverable = Extract<StoredDeliverable, { kind: 'REVIEW' }>;

function isReviewKind(kind: string): kind is ReviewKind {
  return (REVIEW_KINDS as readonly string[]).includes(kind);
}

/** A review names a periodic kind and a period of that kind (`2023` for the annual review); one per request. */
export function reviewErrors(input: CreateRequestInput): ApiFieldError[] {
  const reviews = input.deliverables.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === 'REVIEW');
  const errors: ApiFieldError[] = reviews.slice(1).map(({ i }) => ({ field: `deliverables.${i}.kind`, message: m.oneReview }));
  for (const { d, i } of reviews) {
    if (d.kind !== 'REVIEW') continue;
    if (!isReviewKind(d.reportKind)) {
      errors.push({ field: `deliverables.${i}.reportKind`, message: m.unknownKind(d.reportKind) });
    } else if (!parseReportPeriod(d.reportKind, d.period)) {
      const name = REPORT_KIND_NAMES[d.reportKind].toLocaleLowerCase('vi');
      errors.push({ field: `deliverables.${i}.period`, message: vi.report.wrongPeriodForKind(d.period, name, REPORT_PERIOD_FORMS[d.reportKind]) });
    }
  }
  return errors;
}

/** The request's review deliverable, or undefined when it asks for none. */
export function reviewDeliverableOf(row: Pick<RequestRow, 'deliverables'>): ReviewDeliverable | undefined {
  return (JSON.parse(row.deliverables) as StoredDeliverable[]).find((d): d is ReviewDeliverable => d.kind === 'REVIEW');
}
