/**
 * Shapes of the epidemic-surveillance API (`/api/surveillance/...`): immediate reports, alerts, outbreaks and the
 * overview of weekly counts against each disease's threshold. The server is typed with them and the web reads them.
 * Dates are ISO `YYYY-MM-DD`; moments ISO timestamps; periods DHIS2 codes (`2023W47` weekly, `202311` monthly).
 * Lists are paginated: `?page=1&pageSize=50` (page from 1, pageSize at most 200).
 */

import { THRESHOLD_METHODS, type ThresholdMethod } from '../surveillance/types.ts';

/** How a disease's weekly (or monthly) threshold is computed; the maths lives in `core/src/surveillance`. */
export const THRESHOLD_METHOD_NAMES = THRESHOLD_METHODS;
export type ThresholdMethodName = ThresholdMethod;

export interface UnitRef {
  code: string;
  name: string;
}

export interface DiseaseRef {
  code: string;
  name: string;
}

export interface Paged<T> {
  items: T[];
  /** Rows matching the filters over all pages. */
  total: number;
  page: number;
  pageSize: number;
}

/** GET /api/surveillance/diseases[?date=YYYY-MM-DD] — the diseases with their surveillance metadata on that day. */
export interface SurveillanceDiseaseView extends DiseaseRef {
  /** The legal group on the date asked (today by default); null when not notifiable then. */
  group: 'A' | 'B' | 'C' | null;
  /** Must be reported within 24 h: group A on the date, or marked immediate in the metadata. */
  immediate: boolean;
  maxIncubationDays: number;
  thresholdMethod: ThresholdMethodName;
  thresholdMethodLabel: string;
}

export interface SurveillanceDiseaseListView {
  items: SurveillanceDiseaseView[];
}

// ---------------------------------------------------------------------------------------------------------------
// Immediate reports

/** POST /api/surveillance/immediate-reports body (reporter or staff, org unit within their scope). */
export interface ImmediateReportInput {
  disease: string;
  /** Org-unit code where the case or event happened. */
  orgUnit: string;
  /** Free text: commune, village, school… (at most 500 characters). */
  place: string;
  /** ISO date; not in the future. */
  onsetDate: string;
  /** Cases in the event, at least 1. */
  count: number;
  /** At most 2000 characters; may be empty. */
  note: string;
}

export interface ImmediateReportView {
  id: number;
  disease: DiseaseRef;
  orgUnit: UnitRef;
  place: string;
  onsetDate: string;
  count: number;
  note: string;
  createdAt: string;
  /** The person's display name. */
  createdBy: string;
  /** The IMMEDIATE alert raised by the report. */
  alertId: number;
}

/** GET /api/surveillance/immediate-reports[?disease&unit&page&pageSize] → Paged<ImmediateReportView>, newest first. */
export type ImmediateReportListView = Paged<ImmediateReportView>;

// ---------------------------------------------------------------------------------------------------------------
// Alerts

export const ALERT_KINDS = ['THRESHOLD', 'IMMEDIATE'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_STATUSES = ['NEW', 'VERIFIED', 'DISMISSED', 'OUTBREAK'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertView {
  id: number;
  kind: AlertKind;
  kindLabel: string;
  disease: DiseaseRef;
  orgUnit: UnitRef;
  /** `2023W47` or `202311`; for an IMMEDIATE alert the week of the onset date. */
  period: string;
  /** `Tuần 47/2023`, `Tháng 11/2023`. */
  periodLabel: string;
  /** Cases counted in the period (IMMEDIATE: the report's count). */
  observed: number;
  /** THRESHOLD only; null for IMMEDIATE. */
  expected: number | null;
  upper: number | null;
  method: ThresholdMethodName | null;
  status: AlertStatus;
  statusLabel: string;
  /** Why it was dismissed; null otherwise. */
  reason: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  /** The outbreak opened from this alert. */
  outbreakId: number | null;
  /** The immediate report that raised it. */
  immediateReportId: number | null;
  createdAt: string;
  /** What the signed-in user may do with it now. */
  can: { verify: boolean; dismiss: boolean; openOutbreak: boolean };
}

/** GET /api/surveillance/alerts[?status&disease&unit&kind&page&pageSize] → newest first, within the user's scope. */
export type AlertListView = Paged<AlertView>;

/** GET /api/surveillance/alerts/:id → AlertView. POST /api/surveillance/alerts/:id/verify (no body) → AlertView. */

/** POST /api/surveillance/alerts/:id/dismiss body → AlertView. */
export interface AlertDismissInput {
  /** Required, at most 1000 characters. */
  reason: string;
}

/** POST /api/surveillance/alerts/:id/outbreak body → OutbreakView (the alert becomes OUTBREAK). */
export interface AlertOutbreakInput {
  /** Defaults to the alert's org unit name. */
  place?: string;
  /** Defaults to the alert's onset date or the period's first day. */
  startDate?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Outbreaks

export const OUTBREAK_STATUSES = ['ACTIVE', 'CLOSED'] as const;
export type OutbreakStatus = (typeof OUTBREAK_STATUSES)[number];

/** ALERT: opened from an alert; MANUAL: created by hand; HISTORY: converted from a typed monthly count, closure unknown. */
export const OUTBREAK_SOURCES = ['ALERT', 'MANUAL', 'HISTORY'] as const;
export type OutbreakSource = (typeof OUTBREAK_SOURCES)[number];

export interface OutbreakSummary {
  id: number;
  disease: DiseaseRef;
  orgUnit: UnitRef;
  place: string;
  startDate: string;
  status: OutbreakStatus;
  statusLabel: string;
  source: OutbreakSource;
  /** Null while active, and for HISTORY records whose closure is unknown. */
  closedOn: string | null;
  /** Why it was closed by hand; null when closed automatically or still active. */
  closeReason: string | null;
  alertId: number | null;
  /** Sum of the case counts recorded. */
  totalCases: number;
  /** Date of the last recorded case (or the start date when none). */
  lastCaseDate: string;
  /** When it closes by itself if no case comes: last case + 2 × the disease's maximal incubation; null once closed. */
  expectedCloseOn: string | null;
}

export interface OutbreakCaseCountView {
  id: number;
  date: string;
  count: number;
  createdAt: string;
  createdBy: string;
}

export interface OutbreakMeasureView {
  id: number;
  date: string;
  text: string;
  createdAt: string;
  createdBy: string;
}

export interface OutbreakView extends OutbreakSummary {
  cases: OutbreakCaseCountView[];
  measures: OutbreakMeasureView[];
  can: { addCases: boolean; addMeasure: boolean; close: boolean };
}

/** GET /api/surveillance/outbreaks[?status&disease&unit&source&page&pageSize] → newest start first, within scope. */
export type OutbreakListView = Paged<OutbreakSummary>;

/** POST /api/surveillance/outbreaks body (staff, or reporter within scope) → OutbreakView. */
export interface OutbreakInput {
  disease: string;
  orgUnit: string;
  place: string;
  startDate: string;
  /** Cases at the start (≥ 0); recorded on the start date when > 0. */
  initialCases: number;
}

/** POST /api/surveillance/outbreaks/:id/cases body → OutbreakView. Refused once closed. */
export interface OutbreakCasesInput {
  /** Not before the start, not in the future. */
  date: string;
  /** At least 1. */
  count: number;
}

/** POST /api/surveillance/outbreaks/:id/measures body → OutbreakView. */
export interface OutbreakMeasureInput {
  date: string;
  /** Required, at most 2000 characters. */
  text: string;
}

/** POST /api/surveillance/outbreaks/:id/close body → OutbreakView. */
export interface OutbreakCloseInput {
  /** Required, at most 1000 characters. */
  reason: string;
  /** Defaults to today; not before the last case, not in the future. */
  closedOn?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Overview

/** One week of a unit's series with the disease's threshold for that week. */
export interface WeekThresholdPoint {
  /** `2023W47`. */
  period: string;
  /** Cases reported; null when the week was not reported (never zero for missing). */
  observed: number | null;
  /** Null when the method has too little history for the week. */
  expected: number | null;
  upper: number | null;
  /** ENDEMIC_CHANNEL only: the channel's lines (quartiles of past years' same weeks) for drawing "đường cong dịch". */
  channel: { low: number; median: number; high: number } | null;
  /** observed > upper. */
  alarm: boolean;
}

export const UNIT_ALERT_STATES = ['NONE', 'NEW', 'VERIFIED', 'OUTBREAK'] as const;
export type UnitAlertState = (typeof UNIT_ALERT_STATES)[number];

export interface UnitAlertRow {
  unit: UnitRef;
  /** The most serious open state: an active outbreak, then a verified alert, then a new one. */
  state: UnitAlertState;
  stateLabel: string;
  /** Open alerts (NEW or VERIFIED) and active outbreaks of the disease in the unit. */
  openAlerts: number;
  activeOutbreaks: number;
  /** Cases of the last week of the series; null when not reported. */
  lastWeekCases: number | null;
}

/**
 * GET /api/surveillance/overview?disease=SXHD[&unit=CODE][&week=2023W47] — the 52 weeks ending at `week` (default:
 * the last complete week) for `unit` (default: the user's scope root; the province's series includes all its
 * districts), and the table of the units under it (the province's districts, or the unit itself).
 */
export interface SurveillanceOverviewView {
  disease: SurveillanceDiseaseView;
  unit: UnitRef;
  method: ThresholdMethodName;
  methodLabel: string;
  weeks: WeekThresholdPoint[];
  units: UnitAlertRow[];
}
