/**
 * Shapes of a request's unit reviews (`/api/requests/:id/reviews`): a REVIEW deliverable asks each unit for its own
 * periodic report (seed 002: the annual review), which the unit writes in the report editor and sends through the request.
 */
import type { SubmissionStatus } from './requests.ts';
import type { UnitRef } from './tasks.ts';

/** The report kinds a request may ask a unit for: the periodic reviews, never the monthly report. */
export const REVIEW_KINDS = ['quarterly', 'half-year', 'nine-month', 'annual'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** One unit's review: its report (once opened), and whether and when it was sent, judged by its group's deadline. */
export interface UnitReviewView {
  unit: UnitRef;
  groupId: number;
  deadline: string;
  /** The unit's report instance, created when the unit first opens its review. */
  reportId: number | null;
  /** Its current version: what "send" names as the version the sender saw. */
  reportVersion: number | null;
  /** PENDING / OVERDUE until sent, then SUBMITTED or SUBMITTED_LATE by the sending time. */
  status: SubmissionStatus;
  statusLabel: string;
  sentAt: string | null;
  /** The sender's display name. */
  sentBy: string | null;
  /** The report version frozen when sent: what the department downloads. */
  sentVersion: number | null;
  /** Whether the reader may open, edit and send this review (the unit's own users only). */
  mayWrite: boolean;
  /** Whether the reader may return the sent review for the unit to edit (those above the unit). */
  mayReturn: boolean;
}

/** `GET /api/requests/:id/reviews`: what is asked (null when the request asks no review) and each visible unit's review. */
export interface RequestReviewsView {
  deliverable: { title: string; reportKind: ReviewKind; period: string } | null;
  reviews: UnitReviewView[];
}
