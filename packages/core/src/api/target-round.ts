/**
 * Shapes of a target round (`/api/requests/:id/targets`): the units of a reporting request with a TARGETS deliverable
 * propose next year's targets item by item, beside this year's target and its achievement; the provincial unit of
 * each item's field (the CDC, a sub-department) agrees the districts' proposals; the department approves them into
 * targets by its decision.
 */
import type { TargetDirection } from '../targets/index.ts';
import type { UnitRef } from './tasks.ts';
import type { TargetDecision, TargetView } from './targets.ts';

/** One item a unit proposes. */
export interface ProposalInput {
  item: string;
  measure: string;
  direction: TargetDirection;
  value: number;
  baseline?: number | null;
  note?: string | null;
}

export const PROPOSAL_STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What the provincial unit of the item's field agreed for a district's sent proposal. */
export interface ProposalAgreement {
  unit: UnitRef;
  value: number;
  note: string | null;
  at: string;
}

/** A proposal as the unit made it. */
export type ProposalView = Required<Omit<ProposalInput, 'item'>> & { status: Exclude<ProposalStatus, 'NOT_STARTED'> };

/**
 * A row of the proposal grid: the item, the unit's target in force this year with its achievement, the proposal, and
 * the provincial unit that agrees it (null when the item has none, or the unit is no district) with its agreement.
 */
export interface ProposalRow {
  item: { code: string; name: string };
  current: TargetView | null;
  proposal: ProposalView | null;
  agreedBy: UnitRef | null;
  agreement: ProposalAgreement | null;
}

/** GET /api/requests/:id/targets?unit=: one unit's grid. */
export interface ProposalGrid {
  requestId: number;
  year: number;
  unit: { code: string; name: string };
  status: ProposalStatus;
  rows: ProposalRow[];
}

/** PUT /api/requests/:id/targets: the unit's proposals, saved as a draft. */
export interface SaveProposalsRequest {
  unit: string;
  rows: ProposalInput[];
}

/** POST /api/requests/:id/targets/approve: the decision that makes the sent proposals targets. */
export interface ApproveProposalsRequest {
  decision: TargetDecision;
}

export interface ApproveProposalsAnswer {
  /** Targets recorded, and the units they went to. */
  targets: number;
  units: number;
  /** Districts' sent proposals left for their field's provincial unit to agree first. */
  awaitingAgreement: number;
}

/** A district's sent proposal for an item of the field, with the field unit's agreement once given. */
export interface FieldReviewRow {
  unit: UnitRef;
  item: { code: string; name: string };
  proposal: ProposalView;
  agreement: ProposalAgreement | null;
}

/** GET /api/requests/:id/targets/field?unit=: what a provincial unit agrees, the districts' proposals in its field. */
export interface FieldReview {
  requestId: number;
  year: number;
  unit: UnitRef;
  items: { code: string; name: string }[];
  rows: FieldReviewRow[];
  /** The request's districts that have not sent their proposals yet. */
  waiting: UnitRef[];
}

/** POST /api/requests/:id/targets/agree: the field unit agrees these proposals, at the value given or the proposed one. */
export interface AgreeProposalsRequest {
  unit: string;
  rows: { orgUnit: string; item: string; value?: number | null; note?: string | null }[];
}
