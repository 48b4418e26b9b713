/** Table rows → the API's request shapes; statuses are worked out here from the clock, never read back as stored. */
import type { OutlineSection, RequestDeliverable, TargetField, RequestGroupView, RequestView, SubmissionView } from '@syt/core/api/requests.ts';
import type { ReviewKind } from '@syt/core/api/request-reviews.ts';
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import { countSubmissions, submissionStatus, SUBMISSION_STATUS_LABELS, type RequestSummary } from '@syt/core/requests/index.ts';
import type { NameOf } from '../users/display-names.repository.ts';
import type { GroupRecord, RequestRow } from './requests.repository.ts';
import type { UnitRow } from './submissions.repository.ts';

/** Deliverables as stored: a FILE's template lives in its own table, so it is absent here. */
export type StoredDeliverable =
  | { kind: 'FILE'; title: string }
  | { kind: 'FORM'; title: string; dataSet: string; period: string }
  | { kind: 'TARGETS'; title: string; year: number; items: string[]; fields?: TargetField[] }
  | { kind: 'REVIEW'; title: string; reportKind: ReviewKind; period: string };

/** Everything one request's view is made from. */
export interface RequestParts {
  row: RequestRow;
  groups: GroupRecord[];
  templates: Map<number, AttachmentRef>;
  units: UnitRow[];
  files: Map<number, AttachmentRef[]>;
  /** Display names of the request's writer and of the senders. */
  nameOf: NameOf;
}

/** The full request as the reader may see it. */
export function toRequestView(parts: RequestParts, now: Date): RequestView {
  const { row } = parts;
  const submissions = parts.units.map((u) => toSubmissionView(u, parts.files.get(u.submission_id ?? -1) ?? [], now, parts.nameOf));
  return {
    id: row.id,
    number: row.number,
    date: row.date,
    subject: row.subject,
    outline: JSON.parse(row.outline) as OutlineSection[],
    deliverables: toDeliverables(row.deliverables, parts.templates),
    groups: parts.groups.map(toGroupView),
    submissions,
    counts: countSubmissions(submissions.map((s) => s.status)),
    createdAt: row.created_at,
    createdBy: parts.nameOf(row.created_by),
  };
}

/** One line of the list, counted over the units the reader may see. */
export function toSummary(row: RequestRow, units: UnitRow[], groups: { id: number; name: string; deadline: string }[], now: Date): RequestSummary {
  return {
    id: row.id,
    number: row.number,
    date: row.date,
    subject: row.subject,
    groups,
    counts: countSubmissions(units.map((u) => submissionStatus(u.deadline, u.submitted_at, now))),
    createdAt: row.created_at,
  };
}

/** A unit's row: its submission if sent, else a placeholder with no id. */
export function toSubmissionView(u: UnitRow, files: AttachmentRef[], now: Date, nameOf: NameOf): SubmissionView {
  const status = submissionStatus(u.deadline, u.submitted_at, now);
  return {
    id: u.submission_id,
    unit: { code: u.code, name: u.name },
    groupId: u.group_id,
    status,
    statusLabel: SUBMISSION_STATUS_LABELS[status],
    submittedAt: u.submitted_at,
    submittedBy: u.submitted_by === null ? null : nameOf(u.submitted_by),
    files,
    note: u.note,
  };
}

function toGroupView(g: GroupRecord): RequestGroupView {
  return {
    id: g.id,
    name: g.name,
    units: g.units.map((u) => ({ code: u.code, name: u.name })),
    deadline: g.deadline,
    recipients: JSON.parse(g.recipients) as string[],
  };
}

function toDeliverables(json: string, templates: Map<number, AttachmentRef>): RequestDeliverable[] {
  return (JSON.parse(json) as StoredDeliverable[]).map((d, i) => {
    if (d.kind === 'FILE') return { ...d, template: templates.get(i) ?? null };
    // Rounds opened before fields were named have none.
    return d.kind === 'TARGETS' ? { ...d, fields: d.fields ?? [] } : d;
  });
}
