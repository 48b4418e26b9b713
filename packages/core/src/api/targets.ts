/**
 * Shapes of the plan-target API (`/api/targets`): the year's targets of a unit (chỉ tiêu kế hoạch), each with the
 * decision that set it and how far it is achieved.
 */
import type { AttachmentRef } from './tasks.ts';
import type { AchievementStatus, EstimateMethod, TargetDirection } from '../targets/index.ts';

/** The decision that set or adjusted a target: `Quyết định số 123/QĐ-SYT ngày 15/01/2024`. */
export interface TargetDecision {
  number: string;
  /** ISO date. */
  date: string;
}

/** A decision as shown: with its signed file (scan or signed PDF) once attached. */
export interface TargetDecisionView extends TargetDecision {
  file: AttachmentRef | null;
}

/** How far a target is achieved, from the figures stored now. */
export interface AchievementView {
  /**
   * The months the figures cover, `YYYYMM`–`YYYYMM`: January to the last month ended, or for a flow to the last month
   * reported; null before the year has begun.
   */
  from: string | null;
  to: string | null;
  /** The item over the months counted; null when nothing was reported. */
  actual: number | null;
  /** Actual against target (for `REDUCE_BY`, the reduction against the one asked), %; null without both. */
  percent: number | null;
  status: AchievementStatus | null;
  /** The whole year's value as estimated now, and how; null when nothing was reported. */
  estimate: { value: number; method: EstimateMethod } | null;
  estimateStatus: AchievementStatus | null;
}

/** One target in force: its latest decision, and its achievement. */
export interface TargetView {
  id: number;
  year: number;
  orgUnit: { code: string; name: string };
  item: { code: string; name: string };
  /** `%`, `giường/10.000 dân`, `ca`. */
  measure: string;
  direction: TargetDirection;
  value: number;
  /** `REDUCE_BY`: the level the reduction is counted from (last year's, as the decision states it). */
  baseline: number | null;
  decision: TargetDecisionView;
  /** 1 for the first decision; each adjustment by a later decision adds one, the earlier ones kept. */
  revision: number;
  setBy: string;
  setAt: string;
  achievement: AchievementView;
}

/** POST /api/targets: a target set, or adjusted, by a decision. */
export interface SetTargetRequest {
  year: number;
  orgUnit: string;
  item: string;
  measure: string;
  direction: TargetDirection;
  value: number;
  baseline?: number | null;
  decision: TargetDecision;
}

/** A target as one decision set it (GET /api/targets/:id/history, newest first). */
export interface TargetRevision {
  /** The revision's own id: its decision file is `/api/targets/:id/decision-file`. */
  id: number;
  revision: number;
  direction: TargetDirection;
  value: number;
  baseline: number | null;
  measure: string;
  decision: TargetDecisionView;
  setBy: string;
  setAt: string;
}
