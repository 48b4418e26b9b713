/**
 * The HTTP API's response shapes, shared by the server's presenters and the web client.
 * Every error answers `{ error: ApiError }` with a stable `code` and a Vietnamese `message`.
 */
import type { DataValue } from '../datavalue/types.ts';
import type { OrgUnit } from '../metadata/types.ts';

export const ROLES = ['admin', 'staff', 'leader', 'reporter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiFieldError {
  /** Dotted path of the offending field, e.g. `username` or `dataValues.3.value`. */
  field: string;
  message: string;
}

export interface ApiError {
  code: string;
  message: string;
  details: ApiFieldError[];
}

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  /** Where notifications are mailed when the server has SMTP settings; null for none. */
  email: string | null;
  role: Role;
  /** Root of the user's org-unit scope: that unit and its descendants. */
  orgUnit: { code: string; name: string };
  active: boolean;
  /** May enter values after a period's entry window has closed. */
  canEditExpired: boolean;
  /** ISO timestamp while the account is locked after failed sign-ins, else null. */
  lockedUntil: string | null;
}

/** GET /api/auth/session */
export interface SessionView {
  user: UserView;
  /** The server's clock (ISO): the one "now" of the web too, so default periods follow SYT_NOW, not the browser. */
  now: string;
}

/** GET /api/auth/csrf — send the token back in the `x-csrf-token` header of every POST/PUT/PATCH/DELETE. */
export interface CsrfView {
  csrfToken: string;
}

/** GET /api/org-units[?date=YYYY-MM-DD] — flat list in canonical order; the client builds the tree. */
export interface OrgUnitListView {
  orgUnits: OrgUnit[];
}

/** GET /api/users (admin only). */
export interface UserListView {
  users: UserView[];
}

/** Kinds the metadata browser lists: GET /api/metadata/{kind}[?q=text] → `{ items }`. */
export const METADATA_KINDS = [
  'data-elements',
  'data-sets',
  'diseases',
  'indicators',
  'categories',
  'validation-rules',
] as const;
export type MetadataKind = (typeof METADATA_KINDS)[number];

export interface MetadataListView<T> {
  items: T[];
}

/** POST /api/users body. PATCH /api/users/:id takes any subset, `password` resets it. */
export interface UserInput {
  username: string;
  displayName: string;
  /** Empty or null clears it. */
  email?: string | null;
  password: string;
  role: Role;
  orgUnitCode: string;
  active?: boolean;
  canEditExpired?: boolean;
}

/** One refused row of an import: where it is, what it names, why (Vietnamese). */
export interface ImportConflict {
  /** 0-based position of the value in the file, when the problem belongs to one value. */
  index: number | null;
  /** Where a person finds it: "Dòng 12", or "Trang '1. Bệnh truyền nhiễm', ô C7" for Excel. */
  location: string | null;
  /** The data element code the row names, when it names one. */
  code: string | null;
  field: string;
  reason: string;
}

/** A form (data set × org unit × period) that an import marked as submitted by the importer. */
export interface ImportSubmittedForm {
  dataSet: string;
  dataSetName: string;
  orgUnit: string;
  orgUnitName: string;
  period: string;
}

/**
 * POST /api/imports?format=json|csv|adx|xlsx&dryRun=true&submit=true (multipart field `file`) answers a DHIS2-style
 * summary. With `submit`, every form the file fills is marked as submitted by the importer, or nothing is stored.
 */
export interface ImportSummary {
  /**
   * SUCCESS: all stored; ERROR: nothing stored because of conflicts (all-or-nothing, SYT's default); WARNING (atomicMode
   * NONE only): the refused values were skipped and the others stored.
   */
  status: 'SUCCESS' | 'WARNING' | 'ERROR';
  dryRun: boolean;
  imported: number;
  updated: number;
  ignored: number;
  deleted: number;
  /** Values written that lie outside their min–max bounds: stored, and marked for follow-up on the quality page. */
  flagged: number;
  /** The first `IMPORT_CONFLICTS_LISTED` refused rows, in file order. */
  conflicts: ImportConflict[];
  /** How many rows were refused in all (a broken file of a million rows is not listed whole). */
  conflictsTotal: number;
  /** The first `IMPORT_FORMS_LISTED` forms marked as submitted (or, in a dry run, that would be); empty without `submit`. */
  submitted: ImportSubmittedForm[];
  /** How many forms were marked as submitted in all. */
  submittedTotal: number;
  /** What the file says that SYT read past without storing (an unknown extra CSV column), once each; nothing refused. */
  warnings?: string[];
}

/**
 * What a cell holds now, sent with a 409 `VALUE_CHANGED` when a save (PUT /api/data-values) carried an
 * `expected` value (what the client last saw; null for an empty cell) that is no longer the stored one.
 */
export interface CellCurrent {
  /** The stored value, or null when the cell is now empty. */
  value: string | null;
  /** Username of whoever made the last change, when known. */
  savedBy: string | null;
  savedByName: string | null;
  /** ISO timestamp of that change, when known. */
  savedAt: string | null;
}

/** The error body of a refused save made on a stale view: nothing was written. */
export interface ValueChangedError extends ApiError {
  code: 'VALUE_CHANGED';
  current: CellCurrent;
}

/**
 * Sent with a saved value that lies outside its min–max bounds: it is kept and marked for follow-up, and asks for
 * a comment saying why (until one is stored).
 */
export interface CellOutlier {
  bounds: { min: number; max: number };
  followUp: true;
  commentRequired: boolean;
}

/** The answer to PUT /api/data-values: the stored value (null: the cell is now empty) and any outlier mark. */
export interface SaveValueAnswer {
  dataValue: DataValue | null;
  outlier?: CellOutlier;
}

/** Most refused rows an import summary lists; `conflictsTotal` counts the rest. */
export const IMPORT_CONFLICTS_LISTED = 1_000;

/** How many submitted forms an import summary lists; the rest are only counted. */
export const IMPORT_FORMS_LISTED = 500;
