/**
 * Response and request shapes of the report API (`/api/reports/...`): the server's services are typed with them
 * and the web reads them.
 */
import type { FormState } from '../report/completeness.ts';
import type { ReportDocument, ReportHeader } from '../report/model.ts';

export const REPORT_STATUSES = ['draft', 'submitted', 'final', 'issued'] as const;
/**
 * draft → submitted (staff send it to the leader: Trình ký) → final (the leader approves: Duyệt) → issued (the clerk
 * registers it with a number and date: Phát hành); a submitted or final report may go back to draft (Trả lại dự thảo).
 */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_FORMATS = ['json', 'text', 'md', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A stored report (one per org unit and month) at its current version. */
export interface ReportInstanceView extends ReportInstanceSummary {
  document: ReportDocument;
  /** What the signed-in user may do with it now. */
  /** `withdraw`: the writers take back a report sent to the leader (Rút lại); `reopen` is the approver's return. */
  can: { edit: boolean; regenerate: boolean; submit: boolean; finalize: boolean; reopen: boolean; withdraw: boolean; issue: boolean };
}

/** One stored report; GET /api/reports/instances?org=&period=&status= answers `{ reports: ReportInstanceSummary[] }`, newest first. */
export interface ReportInstanceSummary {
  id: number;
  orgUnit: { code: string; name: string };
  period: string;
  /** `monthly`, `quarterly`, `half-year`, `nine-month`, `annual`: what `period` is read as. */
  kind: string;
  status: ReportStatus;
  statusLabel: string;
  /** Current version number, 1 for the first generation; every save adds one. */
  version: number;
  updatedAt: string;
  /** The person's display name (with their title), not the login name. */
  updatedBy: string;
}

/** POST /api/reports/instances — creates the report of a month from the data (409 when it exists). */
export interface CreateReportRequest {
  org: string;
  /** The period as the kind reads it: `202311`, `2023Q3`, `2023S1`, `2023`. */
  period: string;
  /** `monthly` (the default), `quarterly`, `half-year`, `nine-month` or `annual`. */
  kind?: string;
  /** Count the figures of forms not yet submitted too (marked as provisional in the report). */
  includeDrafts?: boolean;
}

/** PUT /api/reports/instances/:id — a save: the fields given replace the stored ones and make a new version. */
export interface SaveReportRequest {
  /** The version the edit started from; a newer stored version answers 409 VERSION_CONFLICT. */
  baseVersion: number;
  header?: Partial<ReportHeader>;
  /** Free text by slot id (`ncd`, `other`, …); an unknown slot is refused. */
  freeText?: Record<string, string>;
  /** Part II's tasks, in order. */
  plan?: string[];
  /** Why, for the version list (optional). */
  note?: string;
}

/** POST /api/reports/instances/:id/regenerate — rewrites the generated paragraphs from today's data. */
export interface RegenerateReportRequest {
  baseVersion: number;
  /** As in `CreateReportRequest`. */
  includeDrafts?: boolean;
}

/** POST /api/reports/instances/:id/status. */
export interface ReportStatusRequest {
  baseVersion: number;
  status: ReportStatus;
  /** Issuing only, both required: the number and symbol (`123/BC-SYT`) and the ISO date of issue (not after today). */
  number?: string;
  date?: string;
  /** Finalising a report whose `completeness.missing` is not empty needs this set (409 MISSING_FORMS otherwise). */
  acknowledgeMissing?: boolean;
}

/** One version; GET /api/reports/instances/:id/versions answers `{ versions: ReportVersionSummary[] }`. */
export interface ReportVersionSummary {
  version: number;
  status: ReportStatus;
  /** `create`, `save`, `regenerate`, `status`. */
  action: 'create' | 'save' | 'regenerate' | 'status';
  note: string | null;
  createdAt: string;
  /** The person's display name (with their title), not the login name. */
  createdBy: string;
}

/** One paragraph that differs between two versions (GET …/compare?from=&to=). */
export interface ReportChange {
  /** `disease.TCM`, `free:ncd`, `header.signerName`, `plan`. */
  key: string;
  /** What the paragraph is, in Vietnamese (`1.1. Tình hình dịch bệnh — Tay - Chân - Miệng`). */
  label: string;
  before: string | null;
  after: string | null;
}

export interface ReportComparison {
  from: number;
  to: number;
  changes: ReportChange[];
}

/** GET /api/reports/instances/:id/warnings — what to look at before finalising. */
export interface ReportWarnings {
  /** Validation rules failing for the month in the report's subtree. */
  violations: { ruleCode: string; orgUnit: { code: string; name: string }; message: string; importance: string }[];
  /** Forms of the month not yet submitted (or approved) by their units. */
  missingForms: { dataSet: { code: string; name: string }; orgUnit: { code: string; name: string }; status: string; label: string }[];
}

/** GET/PUT /api/reports/settings?org= — the header defaults of an org unit's reports, and what they cite. */
export interface ReportSettings extends ReportHeader {
  /**
   * Nêu tỷ lệ đạt chỉ tiêu kế hoạch năm: the monthly report cites the unit's plan targets beside the figures they
   * measure. Off unless set: the reports sent so far (seed 001's November 2023) cite none.
   */
  citeTargets: boolean;
  /**
   * Biểu đồ kèm báo cáo: ids of chart favourites drawn into each report written for the unit (at most
   * `MAX_REPORT_CHARTS`), in their order; empty unless set.
   */
  charts: number[];
}

/** Charts one report may carry: an appendix, not a second report. */
export const MAX_REPORT_CHARTS = 4;

/** GET/PUT /api/reports/counted-states — the form states every report of the installation counts. */
export interface CountedStates {
  /** Among `draft`, `submitted`, `approved`; the default is submitted and approved. */
  states: FormState[];
  /** Whether the caller may change them (an administrator of a root unit). */
  canChange: boolean;
}
