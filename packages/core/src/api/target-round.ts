/**
 * Shapes of a target round (`/api/requests/:id/targets`): the units of a reporting request with a TARGETS deliverable
 * propose next year's targets item by item, beside this year's target and its achievement; the department approves
 * the proposals into targets by its decision.
 */
import type { TargetDirection } from '../targets/index.ts';
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

/** A row of the proposal grid: the item, the unit's target in force this year with its achievement, the proposal. */
export interface ProposalRow {
  item: { code: string; name: string };
  current: TargetView | null;
  proposal: (Required<Omit<ProposalInput, 'item'>> & { status: Exclude<ProposalStatus, 'NOT_STARTED'> }) | null;
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
}
