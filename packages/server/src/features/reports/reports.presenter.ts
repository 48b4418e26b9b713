import type { ReportInstanceSummary, ReportInstanceView, ReportStatus, ReportVersionSummary } from '@syt/core/api/reports.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { reviewMessages } from '../request-reviews/request-reviews.messages.ts';
import { reviewAbilities } from '../request-reviews/review-access.ts';
import { personName } from '../users/display-names.repository.ts';
import { reportAbilities } from './report-status.ts';
import type { InstanceRecord, listVersions } from './reports.repository.ts';

type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

/** A stored report as listed. */
export function toSummary(row: Omit<InstanceRecord, 'document'>): ReportInstanceSummary {
  const status = row.status as ReportStatus;
  return {
    id: row.id,
    orgUnit: { code: row.org_unit_code, name: row.org_unit_name },
    period: row.period,
    kind: row.kind,
    status,
    statusLabel: row.review_request_id !== null && status === 'submitted' ? reviewMessages.sentLabel : vi.report.statusLabels[status],
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: personName(row.updated_by, row.updated_by_name),
  };
}

/** A stored report with its document and what the actor may do with it. */
export function toView(row: InstanceRecord, actor: Actor): ReportInstanceView {
  const summary = toSummary(row);
  return {
    ...summary,
    document: JSON.parse(row.document) as ReportDocument,
    can:
      row.review_request_id === null
        ? reportAbilities(actor, summary.status, row.org_unit_path)
        : reviewAbilities(actor, summary.status, row.org_unit_path),
  };
}

/** One line of a report's version list. */
export function toVersionSummary(row: VersionRow): ReportVersionSummary {
  return {
    version: row.version,
    status: row.status,
    action: row.action,
    note: row.note,
    createdAt: row.created_at,
    createdBy: personName(row.created_by, row.created_by_name),
  };
}
