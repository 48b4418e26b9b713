import type { Generated } from 'kysely';
import type { OrgUnitType } from '@syt/core/metadata/types.ts';

/**
 * Row types of every table. Dates are ISO `YYYY-MM-DD` text and timestamps ISO UTC text in both
 * dialects, so both store and sort them the same way.
 */
export interface OrgUnitTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
  sentence_name: string | null;
  level: number;
  type: Generated<OrgUnitType>;
  parent_id: number | null;
  /** `/62/615/`: ancestors' codes, so a subtree is one prefix match. */
  path: string;
  sort_order: number;
  opening_date: string;
  closing_date: string | null;
}

export interface OrgUnitSuccessorTable {
  org_unit_id: number;
  successor_id: number;
}

export interface CategoryTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
}

export interface CategoryOptionTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
  category_id: number;
  sort_order: number;
}

export interface CategoryComboTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
}

export interface CategoryComboCategoryTable {
  category_combo_id: number;
  category_id: number;
  sort_order: number;
}

export interface CategoryOptionComboTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
  category_combo_id: number;
  /** Option codes joined by `,` in category order. */
  option_codes: string;
}

export interface DataElementTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
  short_name: string | null;
  value_type: string;
  aggregation_type: string;
  category_combo_id: number;
  description: string | null;
}

export interface DataSetTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
  period_type: string;
  due_day: number;
  open_days_after_period: number;
  org_unit_level: number;
}

export interface DataSetSectionTable {
  id: Generated<number>;
  data_set_id: number;
  code: string;
  name: string;
  sort_order: number;
}

export interface DataSetSectionElementTable {
  section_id: number;
  data_element_id: number;
  sort_order: number;
}

export interface DataSetOrgUnitTable {
  data_set_id: number;
  org_unit_id: number;
}

export interface IndicatorTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
  expression: string;
  decimals: number;
  description: string | null;
  target_group: string | null;
}

export interface ValidationRuleTable {
  id: Generated<number>;
  /** DHIS2's 11-character identifier: declared, or derived from kind and code (core/metadata/uid.ts). */
  uid: string;
  code: string;
  name: string;
  left_side: string;
  operator: string;
  right_side: string;
  importance: string;
  missing_value_strategy: string;
  period_type: string;
  message: string;
}

export interface DiseaseTable {
  id: Generated<number>;
  code: string;
  name: string;
  report_order: number;
  watch_order: number | null;
  cases_element_id: number;
  deaths_element_id: number;
  /** 1: reported within 24 h whatever its group. */
  immediate: number;
  max_incubation_days: number;
  threshold_method: string;
}

export interface DiseaseGroupTable {
  disease_id: number;
  disease_group: string;
  valid_from: string | null;
  valid_to: string | null;
  sort_order: number;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  org_unit_id: number;
  active: number;
  locked_until: string | null;
  created_at: string;
  /** May enter values after a period's entry window has closed. */
  can_edit_expired: Generated<number>;
  /** Where reminders are mailed when SMTP is configured. */
  email: string | null;
}

/** One sign-in attempt, recorded before the password is checked; `login_key` is the normalised name typed. */
export interface LoginAttemptTable {
  id: Generated<number>;
  login_key: string;
  attempted_at: string;
}

/** A name refused sign-in until a moment (existing or not, so answers do not reveal which). */
export interface LoginLockTable {
  login_key: string;
  locked_until: string;
}

/** A user's TOTP secret; `enabled` once confirmed with a code. */
export interface SecondFactorTable {
  user_id: number;
  secret: string;
  enabled: Generated<number>;
  last_step: number | null;
  created_at: string;
}

/** A one-time recovery code of the second factor, stored hashed. */
export interface RecoveryCodeTable {
  id: Generated<number>;
  user_id: number;
  code_hash: string;
  used_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen table does not yield live sessions. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface DataValueTable {
  data_element_id: number;
  category_option_combo_id: number;
  org_unit_id: number;
  period: string;
  period_start: string;
  period_end: string;
  /** Province root of the org unit: the partitioning key for national scale. */
  province_id: number;
  value: string;
  comment: string | null;
  stored_by: string | null;
  created_at: string;
  updated_at: string;
  /** The import that first stored the value (null when typed in); never changed by a later write. */
  import_id: string | null;
  /** 1: marked for follow-up (saved outside its bounds, or marked by staff). */
  follow_up: Generated<number>;
  /** The attribute option combo (category_option_combo id), part of the key; 0 = none (DEFAULT_ATTRIBUTE_COMBO_ID). */
  attribute_option_combo_id: Generated<number>;
}

/** A data value row as bulk writers build it (the follow-up mark keeps its default or stored state). */
export type DataValueRow = Omit<DataValueTable, 'follow_up' | 'attribute_option_combo_id'> & {
  /** Always stated by writers (DEFAULT_ATTRIBUTE_COMBO_ID for a value without attribute), never left to the default. */
  attribute_option_combo_id: number;
};

/** Min–max bounds of a series; `month` 1–12 for a seasonal element, 0 for every month; `generated` 0: set by hand. */
export interface DataValueBoundTable {
  data_element_id: number;
  category_option_combo_id: number;
  org_unit_id: number;
  month: number;
  min_value: number;
  max_value: number;
  generated: number;
  updated_at: string;
  updated_by: string;
}

/** One decision's version of a plan target; the highest revision of a year × unit × item is in force. */
export interface PlanTargetTable {
  id: Generated<number>;
  year: number;
  org_unit_id: number;
  /** `ELEMENT`, `ELEMENT.OPTION` or an indicator code. */
  item: string;
  revision: number;
  measure: string;
  direction: 'AT_LEAST' | 'AT_MOST' | 'REDUCE_BY';
  value: number;
  baseline: number | null;
  decision_number: string;
  decision_date: string;
  /** The decision's signed file, once attached. */
  decision_attachment_id: number | null;
  set_by: string;
  set_at: string;
}

/** What a unit proposes for one item in a target round (a request's TARGETS deliverable). */
export interface TargetProposalTable {
  id: Generated<number>;
  request_id: number;
  org_unit_id: number;
  item: string;
  measure: string;
  direction: 'AT_LEAST' | 'AT_MOST' | 'REDUCE_BY';
  value: number;
  baseline: number | null;
  note: string | null;
  /** DRAFT while the unit works on it, SUBMITTED once sent, APPROVED once a decision made it a target. */
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED';
  updated_by: string;
  updated_at: string;
  /** Set once the provincial unit of the item's field agreed a district's sent proposal, at this value. */
  agreed_value: number | null;
  agreed_note: string | null;
  agreed_by: string | null;
  agreed_at: string | null;
}

export interface DataValueAuditTable {
  id: Generated<number>;
  data_element_id: number;
  category_option_combo_id: number;
  /** As data_value's; 0 = none. */
  attribute_option_combo_id: Generated<number>;
  org_unit_id: number;
  period: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  old_value: string | null;
  new_value: string | null;
  old_comment: string | null;
  new_comment: string | null;
  changed_by: string;
  changed_at: string;
}

/** An audit row as writers build it: the attribute option combo always stated (0 = none). */
export type DataValueAuditRow = Omit<DataValueAuditTable, 'id' | 'attribute_option_combo_id'> & { attribute_option_combo_id: number };

/** Submission state of one form (data set × org unit × period); no row means not submitted yet. */
export interface DataSetReportTable {
  data_set_id: number;
  org_unit_id: number;
  period: string;
  status: 'SUBMITTED' | 'APPROVED' | 'REOPENED';
  submitted_at: string | null;
  submitted_by: string | null;
  approved_at: string | null;
  approved_by: string | null;
  reopen_reason: string | null;
  updated_at: string;
}

export interface DataSetReportEventTable {
  id: Generated<number>;
  data_set_id: number;
  org_unit_id: number;
  period: string;
  action: 'SUBMIT' | 'APPROVE' | 'REOPEN';
  reason: string | null;
  actor: string;
  at: string;
}

/** A stored report of one org unit and period (one per kind); `document` is the current ReportDocument as JSON. */
export interface ReportInstanceTable {
  id: Generated<number>;
  org_unit_id: number;
  /** The period's code as the kind reads it (`202311`, `2023Q3`, `2023S1`, `2023`). */
  period: string;
  kind: 'monthly' | 'quarterly' | 'half-year' | 'nine-month' | 'annual';
  status: 'draft' | 'submitted' | 'final' | 'issued';
  version: number;
  document: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** Every version a report went through, the current one included: what was done, by whom, and the document then. */
export interface ReportVersionTable {
  instance_id: number;
  version: number;
  status: 'draft' | 'submitted' | 'final' | 'issued';
  action: 'create' | 'save' | 'regenerate' | 'status';
  note: string | null;
  document: string;
  created_at: string;
  created_by: string;
}

/** Header defaults of an org unit's reports (a partial ReportHeader as JSON). */
export interface ReportSettingTable {
  org_unit_id: number;
  header: string;
  updated_at: string;
  updated_by: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

/** An uploaded file; its bytes stay in the database so a backup holds them. */
export interface AttachmentTable {
  id: Generated<number>;
  file_name: string;
  content_type: string;
  size: number;
  bytes: Buffer;
  uploaded_by: string;
  uploaded_at: string;
}

/** A directive document (văn bản chỉ đạo) whose tasks the department follows up. */
export interface DirectiveTable {
  id: Generated<number>;
  number: string;
  date: string;
  type: string;
  issuer: string;
  subject: string;
  attachment_id: number | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

/** A task assigned to a lead unit; `due_date` is the next due date, kept for range queries (null when ongoing). */
export interface TaskTable {
  id: Generated<number>;
  directive_id: number | null;
  group_heading: string | null;
  title: string;
  content: string;
  field: string;
  lead_org_unit_id: number;
  deadline_kind: 'DATE' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY' | 'ONGOING' | 'ON_REQUEST';
  deadline_date: string | null;
  deadline_day: number | null;
  /** The month of a YEARLY deadline. */
  deadline_month: number | null;
  due_date: string | null;
  status: string;
  draft: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** A coordinating unit of a task (the lead unit lives on the task). */
export interface TaskUnitTable {
  task_id: number;
  org_unit_id: number;
  role: 'COORDINATE';
}

/** A progress report, a leader's comment or a status change on a task. */
export interface TaskUpdateTable {
  id: Generated<number>;
  task_id: number;
  kind: 'PROGRESS' | 'COMMENT' | 'STATUS';
  text: string;
  status: string | null;
  created_at: string;
  created_by: string;
}

export interface TaskUpdateAttachmentTable {
  update_id: number;
  attachment_id: number;
}

/** A reporting request (yêu cầu báo cáo); `outline` and `deliverables` are JSON arrays of the API's shapes. */
export interface ReportRequestTable {
  id: Generated<number>;
  number: string;
  date: string;
  subject: string;
  outline: string;
  deliverables: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

/** The template file of one FILE deliverable of a request (by its index in `deliverables`). */
export interface ReportRequestTemplateTable {
  request_id: number;
  deliverable_index: number;
  attachment_id: number;
}

/** A group of units answering a request by one deadline (ISO date, Vietnam time); `recipients` is a JSON array. */
export interface ReportRequestGroupTable {
  id: Generated<number>;
  request_id: number;
  name: string;
  sort_order: number;
  deadline: string;
  recipients: string;
}

export interface ReportRequestUnitTable {
  group_id: number;
  org_unit_id: number;
}

/** A unit's answer; `status` is as recorded when first sent (SUBMITTED or SUBMITTED_LATE). */
export interface ReportRequestSubmissionTable {
  id: Generated<number>;
  group_id: number;
  org_unit_id: number;
  status: string;
  submitted_at: string;
  submitted_by: string;
  note: string | null;
  updated_at: string;
}

/** The report instance answering a request's REVIEW deliverable for a unit; sent_* once the unit has sent it. */
export interface ReportRequestReviewTable {
  instance_id: number;
  request_id: number;
  org_unit_id: number;
  sent_version: number | null;
  sent_at: string | null;
  sent_by: string | null;
}

export interface ReportRequestFileTable {
  submission_id: number;
  attachment_id: number;
}

/** An in-app notification; `dedupe_key` is unique per user; `mail_status` PENDING → SENT (or FAILED), null when not mailed. */
export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  dedupe_key: string;
  read_at: string | null;
  mail_status: 'PENDING' | 'SENT' | 'FAILED' | null;
  mail_attempts: Generated<number>;
  created_at: string;
}

/** When a periodic job last ran. */
export interface SchedulerRunTable {
  name: string;
  last_run_at: string;
}

/** A case or event of an immediately reportable disease, entered within 24 h. */
export interface ImmediateReportTable {
  id: Generated<number>;
  disease_id: number;
  org_unit_id: number;
  place: string;
  onset_date: string;
  case_count: number;
  note: string;
  created_at: string;
  created_by: string;
}

/** THRESHOLD (a weekly or monthly count above its threshold) or IMMEDIATE (an immediate report). */
export interface SurveillanceAlertTable {
  id: Generated<number>;
  kind: 'THRESHOLD' | 'IMMEDIATE';
  disease_id: number;
  org_unit_id: number;
  period: string;
  observed: number;
  expected: number | null;
  upper: number | null;
  method: string | null;
  status: 'NEW' | 'VERIFIED' | 'DISMISSED' | 'OUTBREAK';
  reason: string | null;
  verified_by: string | null;
  verified_at: string | null;
  outbreak_id: number | null;
  immediate_report_id: number | null;
  /** `THRESHOLD:disease:unit:period` or `IMMEDIATE:report id`: detection stores each alert once. */
  dedupe_key: string;
  created_at: string;
}

/** An outbreak (ổ dịch); a HISTORY record stands for one outbreak of a typed monthly count, its closure unknown. */
export interface OutbreakTable {
  id: Generated<number>;
  disease_id: number;
  org_unit_id: number;
  place: string;
  start_date: string;
  status: 'ACTIVE' | 'CLOSED';
  closed_on: string | null;
  close_reason: string | null;
  source: 'ALERT' | 'MANUAL' | 'HISTORY';
  alert_id: number | null;
  created_at: string;
  created_by: string;
}

export interface OutbreakCaseCountTable {
  id: Generated<number>;
  outbreak_id: number;
  case_date: string;
  case_count: number;
  created_at: string;
  created_by: string;
}

export interface OutbreakMeasureTable {
  id: Generated<number>;
  outbreak_id: number;
  measure_date: string;
  text: string;
  created_at: string;
  created_by: string;
}

/** A saved pivot or chart: its analytics query and layout as JSON text (core/api/analytics.ts shapes). */
export interface FavouriteTable {
  id: Generated<number>;
  name: string;
  kind: string;
  query: string;
  layout: string;
  owner: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** Who else may open a favourite or a dashboard: `USER` + login name, or `ROLE` + role. */
export interface FavouriteShareTable {
  favourite_id: number;
  grantee_kind: 'USER' | 'ROLE';
  grantee: string;
}

export interface DashboardTable {
  id: Generated<number>;
  name: string;
  owner: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** One card of a dashboard, in position order: a favourite or a built-in widget. */
export interface DashboardItemTable {
  dashboard_id: number;
  position: number;
  kind: 'favourite' | 'widget';
  favourite_id: number | null;
  widget: string | null;
  width: number;
}

export interface DashboardShareTable {
  dashboard_id: number;
  grantee_kind: 'USER' | 'ROLE';
  grantee: string;
}

/** The dashboard a user chose for the home page; no row: the role's built-in default. */
export interface DashboardHomeTable {
  username: string;
  dashboard_id: number;
}

/** A personal access token for scripts (`Authorization: ApiToken d2pat_…`); only its SHA-256 is stored. */
export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  /** ISO date-time after which the token is refused. */
  expires_at: string;
  /** JSON array of allowed client addresses (IPs or CIDR ranges); null: any address. */
  allowed_addresses: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface DB {
  org_unit: OrgUnitTable;
  org_unit_successor: OrgUnitSuccessorTable;
  category: CategoryTable;
  category_option: CategoryOptionTable;
  category_combo: CategoryComboTable;
  category_combo_category: CategoryComboCategoryTable;
  category_option_combo: CategoryOptionComboTable;
  data_element: DataElementTable;
  data_set: DataSetTable;
  data_set_section: DataSetSectionTable;
  data_set_section_element: DataSetSectionElementTable;
  data_set_org_unit: DataSetOrgUnitTable;
  indicator: IndicatorTable;
  validation_rule: ValidationRuleTable;
  disease: DiseaseTable;
  disease_group: DiseaseGroupTable;
  immediate_report: ImmediateReportTable;
  surveillance_alert: SurveillanceAlertTable;
  outbreak: OutbreakTable;
  outbreak_case_count: OutbreakCaseCountTable;
  outbreak_measure: OutbreakMeasureTable;
  app_user: AppUserTable;
  login_attempt: LoginAttemptTable;
  login_lock: LoginLockTable;
  second_factor: SecondFactorTable;
  recovery_code: RecoveryCodeTable;
  session: SessionTable;
  data_value: DataValueTable;
  data_value_audit: DataValueAuditTable;
  data_value_bound: DataValueBoundTable;
  plan_target: PlanTargetTable;
  target_proposal: TargetProposalTable;
  data_set_report: DataSetReportTable;
  data_set_report_event: DataSetReportEventTable;
  setting: SettingTable;
  report_instance: ReportInstanceTable;
  report_version: ReportVersionTable;
  report_setting: ReportSettingTable;
  attachment: AttachmentTable;
  directive: DirectiveTable;
  task: TaskTable;
  task_unit: TaskUnitTable;
  task_update: TaskUpdateTable;
  task_update_attachment: TaskUpdateAttachmentTable;
  report_request: ReportRequestTable;
  report_request_template: ReportRequestTemplateTable;
  report_request_group: ReportRequestGroupTable;
  report_request_unit: ReportRequestUnitTable;
  report_request_submission: ReportRequestSubmissionTable;
  report_request_file: ReportRequestFileTable;
  report_request_review: ReportRequestReviewTable;
  notification: NotificationTable;
  scheduler_run: SchedulerRunTable;
  favourite: FavouriteTable;
  favourite_share: FavouriteShareTable;
  dashboard: DashboardTable;
  dashboard_item: DashboardItemTable;
  dashboard_share: DashboardShareTable;
  dashboard_home: DashboardHomeTable;
  api_token: ApiTokenTable;
}
