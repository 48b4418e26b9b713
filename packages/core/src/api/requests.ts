/** Shapes of the reporting-requests API (`/api/requests`), as in seed 002: outline, unit groups, deadlines, submissions. */
import type { ReviewKind } from './request-reviews.ts';
import type { AttachmentRef, UnitRef } from './tasks.ts';

export const SUBMISSION_STATUSES = ['PENDING', 'SUBMITTED', 'SUBMITTED_LATE', 'OVERDUE'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface OutlineSection {
  /** `I.1`, `II`. */
  number: string;
  title: string;
  guidance: string;
}

/**
 * A provincial unit (the CDC, a sub-department) that agrees the districts' proposals for the items of its field
 * before the department approves them: seed 002 sends the district centres' proposals to those units too.
 */
export interface TargetField {
  /** The unit's code; one of the request's units. */
  unit: string;
  items: string[];
}

/**
 * What each unit sends: a file (e.g. an Excel appendix, with an optional template), a data set's form for a period,
 * its proposed plan targets for a year, item by item in a grid (a target round), or its own review report of a kind
 * and period, written by SYT from its data and sent through the request (`request-reviews.ts`).
 */
export type RequestDeliverable =
  | { kind: 'FILE'; title: string; template: AttachmentRef | null }
  | { kind: 'FORM'; title: string; dataSet: string; period: string }
  | { kind: 'TARGETS'; title: string; year: number; items: string[]; fields: TargetField[] }
  | { kind: 'REVIEW'; title: string; reportKind: ReviewKind; period: string };

export interface RequestGroupView {
  id: number;
  /** `Trung tâm Y tế các huyện, thành phố`. */
  name: string;
  units: UnitRef[];
  /** ISO date; a submission after its end (Vietnam time) is late. */
  deadline: string;
  /** Where the units send their report, one per line (`Sở Y tế (Phòng KHTC)`, `Trung tâm Kiểm soát bệnh tật`). */
  recipients: string[];
}

export interface SubmissionView {
  id: number | null;
  unit: UnitRef;
  groupId: number;
  status: SubmissionStatus;
  statusLabel: string;
  submittedAt: string | null;
  /** The person's display name (with their title), not the login name. */
  submittedBy: string | null;
  files: AttachmentRef[];
  note: string | null;
}

export interface RequestView {
  id: number;
  number: string;
  date: string;
  subject: string;
  outline: OutlineSection[];
  deliverables: RequestDeliverable[];
  groups: RequestGroupView[];
  /** One row per unit of every group (its own, for a unit user). */
  submissions: SubmissionView[];
  counts: { total: number; submitted: number; late: number; overdue: number; pending: number };
  createdAt: string;
  /** The person's display name (with their title), not the login name. */
  createdBy: string;
}
