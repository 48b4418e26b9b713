/**
 * The field's agreement in a target round (seed 002): the districts send their proposals to the provincial unit of
 * each item's field too (the CDC, a sub-department), which agrees them with the districts -- as proposed, or at the
 * value the two settled on -- before the department approves them. Only the field unit's own users (or staff above
 * it, on its behalf) agree, and only sent proposals not yet given as targets.
 */
import type { AgreeProposalsRequest, FieldReview, FieldReviewRow } from '@syt/core/api/target-round.ts';
import type { Clock } from '../../../clock.ts';
import type { Database } from '../../../db/database.ts';
import { AppError, badRequest, forbidden, notFound } from '../../../errors.ts';
import { vi } from '../../../messages.ts';
import type { Actor } from '../../access/access.policy.ts';
import type { Executor } from '../../metadata/upsert.ts';
import { maySubmitFor, requireVisibleRequest, seesUnit } from '../../requests/request-access.ts';
import * as submissions from '../../requests/submissions.repository.ts';
import { roundMessages as m } from './round.messages.ts';
import { roundOf } from './round-fields.ts';
import { agreementOf, itemNames, proposalView } from './round.service.ts';
import * as repo from './proposals.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** The field a unit agrees in the request's round; 404 when it agrees none, 403 for a user who does not see it. */
async function requireField(db: Executor, actor: Actor, requestId: number, unitCode: string) {
  const round = roundOf(await requireVisibleRequest(db, actor, requestId));
  const field = (round.fields ?? []).find((f) => f.unit === unitCode);
  const unit = await submissions.findRequestUnit(db, requestId, unitCode);
  if (!field || !unit) throw notFound(m.notAFieldUnit(unit?.name ?? unitCode));
  if (!seesUnit(actor, unit.path)) throw forbidden(vi.outsideScope(unit.name));
  return { round, field, unit };
}

/** What the field unit agrees: the districts' sent proposals of its items, and the districts yet to send. */
export async function fieldReview(ctx: Ctx, actor: Actor, requestId: number, unitCode: string): Promise<FieldReview> {
  const { round, field, unit } = await requireField(ctx.db, actor, requestId, unitCode);
  const districts = await repo.requestDistricts(ctx.db, requestId);
  const proposals = await repo.districtProposals(ctx.db, requestId, field.items);
  const names = await itemNames(ctx.db, field.items);
  const ref = { code: unit.code, name: unit.name };
  const rows: FieldReviewRow[] = proposals
    .filter((p) => p.status !== 'DRAFT')
    .map((p) => ({
      unit: { code: p.code, name: p.name },
      item: { code: p.item, name: names.get(p.item) ?? p.item },
      proposal: proposalView(p),
      agreement: agreementOf(p, ref),
    }));
  const sent = new Set(rows.map((r) => r.unit.code));
  return {
    requestId,
    year: round.year,
    unit: ref,
    items: field.items.map((code) => ({ code, name: names.get(code) ?? code })),
    rows,
    waiting: districts.filter((d) => !sent.has(d.code)).map((d) => ({ code: d.code, name: d.name })),
  };
}

/** Agrees the given districts' proposals of the field, all or none; a proposal may be agreed again until approved. */
export async function agreeProposals(ctx: Ctx, actor: Actor, requestId: number, input: AgreeProposalsRequest): Promise<FieldReview> {
  await ctx.db.transaction().execute(async (trx) => {
    const { field, unit } = await requireField(trx, actor, requestId, input.unit);
    if (!maySubmitFor(actor, unit.path)) throw forbidden(vi.requests.ownUnitOnly(unit.name));
    const proposals = await repo.districtProposals(trx, requestId, field.items);
    const districts = new Set((await repo.requestDistricts(trx, requestId)).map((d) => d.code));
    const problems: { field: string; message: string }[] = [];
    const conflicts: string[] = [];
    const agreed = input.rows.flatMap((r, i) => {
      if (!districts.has(r.orgUnit)) problems.push({ field: `rows.${i}.orgUnit`, message: m.notADistrict(r.orgUnit) });
      else if (!field.items.includes(r.item)) problems.push({ field: `rows.${i}.item`, message: m.notInField(r.item, unit.name) });
      else {
        const p = proposals.find((x) => x.code === r.orgUnit && x.item === r.item);
        if (!p || p.status === 'DRAFT') conflicts.push(m.notSent(p?.name ?? r.orgUnit, r.item));
        else if (p.status === 'APPROVED') conflicts.push(m.alreadyApproved(p.name, r.item));
        else return [{ id: p.id, value: r.value ?? p.value, note: r.note?.normalize('NFC') || null }];
      }
      return [];
    });
    if (problems.length > 0) throw badRequest(problems.map((p) => p.message).join(' '), problems);
    if (conflicts.length > 0) throw new AppError(409, 'PROPOSAL_NOT_AGREEABLE', conflicts.join(' '));
    const at = ctx.clock.now().toISOString();
    for (const a of agreed) await repo.setAgreement(trx, a.id, { value: a.value, note: a.note, by: actor.username, at });
  });
  return fieldReview(ctx, actor, requestId, input.unit);
}
