/**
 * A target round: a reporting request whose TARGETS deliverable asks its units for next year's targets. Each unit
 * fills a grid (this year's target and achievement beside each item), saves drafts and sends it, which counts as its
 * answer to the request (on time or late by the group's deadline); a district's proposals of a field's items are
 * agreed by the field's provincial unit (`agreement.service.ts`); the department then approves the sent (and, where
 * a field agrees them, agreed) proposals into plan targets by one decision.
 */
import type { ApproveProposalsAnswer, ProposalAgreement, ProposalGrid, ProposalRow, ProposalStatus, ProposalView, SaveProposalsRequest } from '@syt/core/api/target-round.ts';
import type { UnitRef } from '@syt/core/api/tasks.ts';
import type { TargetDecision } from '@syt/core/api/targets.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { submissionStatus } from '@syt/core/requests/index.ts';
import type { Clock } from '../../../clock.ts';
import type { Database } from '../../../db/database.ts';
import { AppError, badRequest, forbidden } from '../../../errors.ts';
import { vi } from '../../../messages.ts';
import type { Actor } from '../../access/access.policy.ts';
import { requireRole } from '../../access/access.service.ts';
import type { Executor } from '../../metadata/upsert.ts';
import { maySubmitFor, requireVisibleRequest, seesUnit } from '../../requests/request-access.ts';
import * as submissions from '../../requests/submissions.repository.ts';
import { insertRevision, targetRevisions } from '../targets.repository.ts';
import { checkDecision, listTargets, mayAssign } from '../targets.service.ts';
import { roundMessages as m } from './round.messages.ts';
import { agreeingField, roundOf, type Round } from './round-fields.ts';
import * as repo from './proposals.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** The request's round and the unit's place in it; 404 for a request the actor does not see or without a round. */
async function requireRound(db: Executor, actor: Actor, requestId: number, unitCode: string) {
  const round = roundOf(await requireVisibleRequest(db, actor, requestId));
  const unit = await submissions.findRequestUnit(db, requestId, unitCode);
  if (!unit) {
    const message = vi.requests.unitNotInRequest(unitCode);
    throw new AppError(400, 'UNIT_NOT_IN_REQUEST', message, [{ field: 'unit', message }]);
  }
  if (!seesUnit(actor, unit.path)) throw forbidden(vi.outsideScope(unit.name));
  return { round, unit };
}

/** A unit's grid: each item of the round with the unit's target this year (and how far it is achieved) and its proposal. */
export async function proposalGrid(ctx: Ctx, actor: Actor, requestId: number, unitCode: string): Promise<ProposalGrid> {
  const { round, unit } = await requireRound(ctx.db, actor, requestId, unitCode);
  const current = (await listTargets(ctx, actor, { org: unit.code, year: round.year - 1 })).filter((t) => t.orgUnit.code === unit.code);
  const proposals = new Map((await repo.unitProposals(ctx.db, requestId, unit.id)).map((p) => [p.item, p]));
  const names = await itemNames(ctx.db, round.items);
  const fieldUnits = await unitRefs(ctx.db, (round.fields ?? []).map((f) => f.unit));
  const rows: ProposalRow[] = round.items.map((item) => {
    const p = proposals.get(item);
    const field = agreeingField(round, unit.type, item);
    const agreedBy = field ? (fieldUnits.get(field.unit) ?? null) : null;
    return {
      item: { code: item, name: names.get(item) ?? item },
      current: current.find((t) => t.item.code === item) ?? null,
      proposal: p ? proposalView(p) : null,
      agreedBy,
      agreement: p && agreedBy ? agreementOf(p, agreedBy) : null,
    };
  });
  return { requestId, year: round.year, unit: { code: unit.code, name: unit.name }, status: gridStatus([...proposals.values()]), rows };
}

/** Saves the unit's proposals as a draft (the whole grid); refused once the unit has sent them. */
export async function saveProposals(ctx: Ctx, actor: Actor, requestId: number, input: SaveProposalsRequest): Promise<ProposalGrid> {
  await ctx.db.transaction().execute(async (trx) => {
    const { round, unit } = await requireRound(trx, actor, requestId, input.unit);
    if (!maySubmitFor(actor, unit.path)) throw forbidden(vi.requests.ownUnitOnly(unit.name));
    const existing = await repo.unitProposals(trx, requestId, unit.id);
    if (existing.some((p) => p.status !== 'DRAFT')) throw new AppError(409, 'PROPOSALS_SENT', m.alreadySent(unit.name));
    checkRows(round, input);
    const at = ctx.clock.now().toISOString();
    await repo.replaceDrafts(
      trx, requestId, unit.id,
      input.rows.map((r) => ({
        request_id: requestId, org_unit_id: unit.id, item: r.item, measure: r.measure.normalize('NFC'), direction: r.direction,
        value: r.value, baseline: r.direction === 'REDUCE_BY' ? (r.baseline ?? null) : null, note: r.note?.normalize('NFC') || null,
        status: 'DRAFT', updated_by: actor.username, updated_at: at,
      })),
    );
  });
  return proposalGrid(ctx, actor, requestId, input.unit);
}

/** Sends the unit's proposals: every item proposed; it answers the request, on time or late by the group's deadline. */
export async function submitProposals(ctx: Ctx, actor: Actor, requestId: number, unitCode: string): Promise<ProposalGrid> {
  await ctx.db.transaction().execute(async (trx) => {
    const { round, unit } = await requireRound(trx, actor, requestId, unitCode);
    if (!maySubmitFor(actor, unit.path)) throw forbidden(vi.requests.ownUnitOnly(unit.name));
    const proposals = await repo.unitProposals(trx, requestId, unit.id);
    if (proposals.some((p) => p.status !== 'DRAFT')) throw new AppError(409, 'PROPOSALS_SENT', m.alreadySent(unit.name));
    const missing = round.items.filter((item) => !proposals.some((p) => p.item === item));
    if (missing.length > 0) throw badRequest(m.missing(missing.length), [{ field: 'rows', message: m.missing(missing.length) }]);
    const now = ctx.clock.now();
    const at = now.toISOString();
    await repo.setUnitStatus(trx, requestId, unit.id, 'SUBMITTED', actor.username, at);
    if (!(await submissions.findSubmission(trx, unit.group_id, unit.id))) {
      await submissions.insertSubmission(trx, {
        group_id: unit.group_id, org_unit_id: unit.id, status: submissionStatus(unit.deadline, now, now),
        submitted_at: at, submitted_by: actor.username, note: null, updated_at: at,
      });
    }
  });
  return proposalGrid(ctx, actor, requestId, unitCode);
}

/**
 * The department's decision makes every sent proposal of the units it gives targets to a target of the round's
 * year (a new revision where one is in force), in one transaction; proposals of units outside its reach stay sent.
 */
export async function approveProposals(ctx: Ctx, actor: Actor, requestId: number, decision: TargetDecision): Promise<ApproveProposalsAnswer> {
  requireRole(actor, 'set-targets');
  return ctx.db.transaction().execute(async (trx) => {
    const round = roundOf(await requireVisibleRequest(trx, actor, requestId));
    // A user who gives none of the round's units their targets has no decision to record here.
    if (!(await repo.requestUnitPaths(trx, requestId)).some((path) => mayAssign(actor, path))) throw forbidden(m.noneToAssign);
    const today = vietnamDate(ctx.clock.now());
    const reachable = (await repo.sentProposals(trx, requestId)).filter((p) => mayAssign(actor, p.path));
    // A district's proposal of a field's item waits for the field's unit to agree it, and is given as agreed.
    const waiting = reachable.filter((p) => agreeingField(round, p.type, p.item) && p.agreed_value === null);
    const sent = reachable.filter((p) => !waiting.includes(p)).map((p) => ({ ...p, value: p.agreed_value ?? p.value }));
    if (sent.length === 0) {
      throw new AppError(409, 'NOTHING_TO_APPROVE', waiting.length > 0 ? m.awaitingAgreement(waiting.length) : m.nothingToApprove);
    }
    for (const p of sent) checkDecision({ year: round.year, direction: p.direction, baseline: p.baseline, decision }, today);
    const at = ctx.clock.now().toISOString();
    for (const p of sent) {
      const [current] = await targetRevisions(trx, { year: round.year, org_unit_id: p.org_unit_id, item: p.item });
      await insertRevision(trx, {
        year: round.year, org_unit_id: p.org_unit_id, item: p.item, revision: (current?.revision ?? 0) + 1, measure: p.measure,
        direction: p.direction, value: p.value, baseline: p.baseline, decision_number: decision.number.normalize('NFC'),
        decision_date: decision.date, set_by: actor.username, set_at: at,
      });
    }
    await repo.markApproved(trx, sent.map((p) => p.id), actor.username, at);
    return { targets: sent.length, units: new Set(sent.map((p) => p.org_unit_id)).size, awaitingAgreement: waiting.length };
  });
}

/** Each row an item of the round, once; a reduction with its baseline. */
function checkRows(round: Round, input: SaveProposalsRequest): void {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  input.rows.forEach((r, i) => {
    if (!round.items.includes(r.item)) problems.push({ field: `rows.${i}.item`, message: m.notInRound(r.item) });
    else if (seen.has(r.item)) problems.push({ field: `rows.${i}.item`, message: m.twice(r.item) });
    seen.add(r.item);
    if (r.direction === 'REDUCE_BY' && (r.baseline ?? null) === null) problems.push({ field: `rows.${i}.baseline`, message: m.baselineRequired });
  });
  if (problems.length > 0) throw badRequest(problems.map((p) => p.message).join(' '), problems);
}

function gridStatus(proposals: { status: string }[]): ProposalStatus {
  if (proposals.length === 0) return 'NOT_STARTED';
  if (proposals.every((p) => p.status === 'APPROVED')) return 'APPROVED';
  return proposals.some((p) => p.status === 'DRAFT') ? 'DRAFT' : 'SUBMITTED';
}

/** Items as people name them: indicators and elements by code (an option's code after a dot keeps its element's name). */
export async function itemNames(db: Executor, items: readonly string[]): Promise<Map<string, string>> {
  const codes = [...new Set(items.map((i) => i.split('.')[0]!))];
  const [elements, indicators] = await Promise.all([
    db.selectFrom('data_element').select(['code', 'name']).where('code', 'in', codes).execute(),
    db.selectFrom('indicator').select(['code', 'name']).where('code', 'in', codes).execute(),
  ]);
  const names = new Map([...elements, ...indicators].map((r) => [r.code, r.name]));
  return new Map(items.map((i) => [i, names.get(i.split('.')[0]!) ?? i]));
}

type StoredProposal = Awaited<ReturnType<typeof repo.unitProposals>>[number];

/** A proposal as the unit made it. */
export function proposalView(p: StoredProposal): ProposalView {
  return { measure: p.measure, direction: p.direction, value: p.value, baseline: p.baseline, note: p.note, status: p.status };
}

/** The field unit's agreement of a proposal, once given. */
export function agreementOf(p: StoredProposal, unit: UnitRef): ProposalAgreement | null {
  return p.agreed_value === null ? null : { unit, value: p.agreed_value, note: p.agreed_note, at: p.agreed_at! };
}

/** Units by code, as references. */
export async function unitRefs(db: Executor, codes: readonly string[]): Promise<Map<string, UnitRef>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((r) => [r.code, { code: r.code, name: r.name }]));
}
