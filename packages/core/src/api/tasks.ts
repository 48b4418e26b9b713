/**
 * Shapes of the directives-and-tasks API (`/api/directives`, `/api/tasks`): the server is typed with them and the
 * web reads them. Dates are ISO `YYYY-MM-DD`; moments ISO timestamps.
 */

export const DIRECTIVE_TYPES = ['THONG_BAO_KET_LUAN', 'KE_HOACH', 'CONG_VAN', 'QUYET_DINH'] as const;
export type DirectiveType = (typeof DIRECTIVE_TYPES)[number];

export const TASK_FIELDS = ['PHONG_BENH', 'KHAM_CHUA_BENH', 'DUOC_TRANG_THIET_BI', 'TO_CHUC_NHAN_LUC', 'TAI_CHINH', 'KHAC'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

/** Stored statuses; OVERDUE and DONE_LATE are set by the scheduler and on completion, never chosen by hand. */
export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DONE_LATE', 'OVERDUE', 'PAUSED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * A deadline: one date, or a recurrence (monthly/quarterly/half-yearly: due on `day` of each month, of each quarter's
 * last month, of June and December; yearly: on `day`/`month` each year). ONGOING ("thường xuyên") and ON_REQUEST
 * ("đột xuất", "khi có yêu cầu") have no due date and are never overdue.
 */
export type TaskDeadline =
  | { kind: 'DATE'; date: string }
  | { kind: 'MONTHLY'; day: number }
  | { kind: 'QUARTERLY'; day: number }
  | { kind: 'HALF_YEARLY'; day: number }
  | { kind: 'YEARLY'; month: number; day: number }
  | { kind: 'ONGOING' }
  | { kind: 'ON_REQUEST' };

export const DEADLINE_KINDS = ['DATE', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'ONGOING', 'ON_REQUEST'] as const satisfies readonly TaskDeadline['kind'][];

export interface UnitRef {
  code: string;
  name: string;
}

export interface AttachmentRef {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
}

export interface DirectiveView {
  id: number;
  /** `45/TB-SYT`. */
  number: string;
  /** ISO date of issue. */
  date: string;
  type: DirectiveType;
  typeLabel: string;
  issuer: string;
  subject: string;
  attachment: AttachmentRef | null;
  taskCount: number;
  createdAt: string;
  /** The person's display name (with their title), not the login name. */
  createdBy: string;
}

export interface TaskSummary {
  id: number;
  directiveId: number | null;
  title: string;
  field: TaskField;
  fieldLabel: string;
  lead: UnitRef;
  coordinating: UnitRef[];
  deadline: TaskDeadline;
  /** The next date the task is due (null for ONGOING), and its text `dd/mm/yyyy` or `Thường xuyên`. */
  dueDate: string | null;
  deadlineLabel: string;
  status: TaskStatus;
  statusLabel: string;
  /** Draft tasks come from an imported directive and wait for review; nobody but staff sees them. */
  draft: boolean;
  updatedAt: string;
}

export interface TaskUpdateView {
  id: number;
  kind: 'PROGRESS' | 'COMMENT' | 'STATUS';
  text: string;
  status: TaskStatus | null;
  attachments: AttachmentRef[];
  createdAt: string;
  /** The person's display name (with their title), not the login name. */
  createdBy: string;
}

export interface TaskView extends TaskSummary {
  content: string;
  /** The heading of the directive the task stood under (`1. Công tác phòng, chống dịch bệnh và y tế dự phòng`). */
  group: string | null;
  updates: TaskUpdateView[];
  can: { update: boolean; comment: boolean; edit: boolean };
}

/** POST /api/directives/import (multipart `file`: .docx or .txt) → the parsed groups, not stored until confirmed. */
export interface DirectiveDraft {
  subject: string;
  /** The document's number from its "Số: 15/TB-SYT" line; null when the text has none. */
  number: string | null;
  /** The date of issue from "Kon Tum, ngày 05 tháng 01 năm 2024" (ISO); null when the text has none. */
  date: string | null;
  groups: { heading: string; field: TaskField; items: DraftItem[] }[];
}

/** One item of an imported directive, with what its text says about when and by whom. */
export interface DraftItem {
  title: string;
  /** The deadline the text gives ("trước ngày 15/01/2024", "hằng năm", "đột xuất"); null when it gives none. */
  deadline: TaskDeadline | null;
  /** The words the deadline was read from, for the reviewer to check. */
  deadlineText: string | null;
  /** The units the item (or its heading) names, as written ("các TTYT huyện"), each with the org units it matched and its role. */
  units: DraftUnitMention[];
}

/** A unit named in a directive and the org units it stands for (none when no org unit matches; several for a group). */
export interface DraftUnitMention {
  text: string;
  units: UnitRef[];
  /** COORDINATE when the text asks the unit to work with others ("phối hợp với CDC"), else LEAD. */
  role: 'LEAD' | 'COORDINATE';
}
