import type { SetTargetRequest, TargetDecisionView, TargetRevision, TargetView } from '@syt/core/api/targets.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError, badRequest, forbidden, notFound } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { hasRootScope, inScope, may, roleAllows } from '../access/access.policy.ts';
import { requireOrgUnitAccess, requireRole } from '../access/access.service.ts';
import { subtreeOf } from '../aggregate/aggregate.service.ts';
import { resolveItem, type Item } from '../aggregate/item.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { personName } from '../users/display-names.repository.ts';
import { countedStates } from '../reports/report-forms.service.ts';
import { achievementOf } from './achievement.service.ts';
import { targetMessages as m } from './targets.messages.ts';
import { findTarget, insertRevision, TARGET_LIST_LIMIT, targetRevisions, targetsInForce, type TargetRow } from './targets.repository.ts';

/** What an achievement is read with: today's date and the form states the reports count. */
type Reading = Parameters<typeof achievementOf>[4];

interface Ctx {
  db: Database;
  clock: Clock;
}

/** The targets in force for a year at a unit and the units below it, each with its achievement today. */
export async function listTargets(ctx: Ctx, actor: Actor, query: { org: string; year: number }): Promise<TargetView[]> {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'read', query.org, 'org');
  const rows = await targetsInForce(ctx.db, query.year, unit.path);
  if (rows.length > TARGET_LIST_LIMIT) throw new AppError(422, 'TOO_MANY_TARGETS', m.tooMany(TARGET_LIST_LIMIT), [{ field: 'org', message: m.tooMany(TARGET_LIST_LIMIT) }]);
  const reading = { today: vietnamDate(ctx.clock.now()), counted: await countedStates(ctx.db, {}) };
  const items = new Map<string, Item>();
  const views: TargetView[] = [];
  // One target after another: each reads a few series, and a province's list is a few hundred targets.
  for (const row of rows) {
    if (!items.has(row.item)) items.set(row.item, await resolveItem(ctx.db, row.item));
    views.push(await viewOf(ctx.db, row, items.get(row.item)!, reading));
  }
  return views;
}

/**
 * Records a target as a decision sets it: the first decision for the year × unit × item, or an adjustment by a later
 * one (a new revision; the earlier stay as history). Only a user whose scope holds the unit's parent sets it (the
 * province's own targets: a user of the whole province), so no unit gives itself its targets.
 */
export async function setTarget(ctx: Ctx, actor: Actor, input: SetTargetRequest): Promise<TargetView> {
  requireRole(actor, 'set-targets');
  const today = vietnamDate(ctx.clock.now());
  checkDecision(input, today);
  return ctx.db.transaction().execute(async (trx) => {
    const unit = await requireOrgUnitAccess(trx, actor, 'read', input.orgUnit, 'orgUnit');
    requireAssigner(actor, unit);
    const item = await resolveItem(trx, input.item);
    const revisions = await targetRevisions(trx, { year: input.year, org_unit_id: unit.id, item: item.code });
    const current = revisions[0];
    if (current && current.decision_number === input.decision.number) {
      throw new AppError(409, 'TARGET_LOCKED', m.sameDecision(current.decision_number), [{ field: 'decision.number', message: m.sameDecision(current.decision_number) }]);
    }
    const id = await insertRevision(trx, {
      year: input.year, org_unit_id: unit.id, item: item.code, revision: (current?.revision ?? 0) + 1,
      measure: input.measure.normalize('NFC'), direction: input.direction, value: input.value, baseline: input.baseline ?? null,
      decision_number: input.decision.number.normalize('NFC'), decision_date: input.decision.date,
      set_by: actor.username, set_at: ctx.clock.now().toISOString(),
    });
    return viewOf(trx, (await findTarget(trx, id))!, item, { today, counted: await countedStates(trx, {}) });
  });
}

/**
 * Only a user whose scope holds the unit's parent gives the unit its targets (the province's own: a user of the whole
 * province), so no unit gives itself its targets, nor attaches their decisions.
 */
export function requireAssigner(actor: Actor, unit: { name: string; path: string }): void {
  if (!mayAssign(actor, unit.path)) throw forbidden(m.notBelowScope(unit.name));
}

/** Every decision's version of a target, newest first. */
export async function targetHistory(ctx: Ctx, actor: Actor, id: number): Promise<TargetRevision[]> {
  const row = await findTarget(ctx.db, id);
  if (!row || !may(actor, 'read', row.org_unit_path)) throw notFound(m.notFound);
  return (await targetRevisions(ctx.db, row)).map((r) => ({
    id: r.id, revision: r.revision, direction: r.direction, value: r.value, baseline: r.baseline, measure: r.measure,
    decision: decisionOf(r), setBy: personName(r.set_by, r.set_by_name), setAt: r.set_at,
  }));
}

/** Whether the actor gives the unit its targets: its scope holds the unit's parent (the root: a root scope). */
export function mayAssign(actor: Actor, unitPath: string): boolean {
  const parentPath = unitPath.slice(0, unitPath.slice(0, -1).lastIndexOf('/') + 1);
  return parentPath === '/' ? roleAllows(actor.role, 'set-targets') && hasRootScope(actor) && inScope(actor, unitPath) : may(actor, 'set-targets', parentPath);
}

/** A reduction needs the level it starts from, and only a reduction has one; a decision is not dated ahead. */
export function checkDecision(input: Pick<SetTargetRequest, 'year' | 'direction' | 'baseline' | 'decision'>, today: string): void {
  const problems: { field: string; message: string }[] = [];
  const baseline = input.baseline ?? null;
  if (input.direction === 'REDUCE_BY' && baseline === null) problems.push({ field: 'baseline', message: m.baselineRequired });
  if (input.direction !== 'REDUCE_BY' && baseline !== null) problems.push({ field: 'baseline', message: m.baselineUnused });
  if (input.decision.date > today) problems.push({ field: 'decision.date', message: m.decisionInFuture(today) });
  else if (Number(input.decision.date.slice(0, 4)) < input.year - 1) problems.push({ field: 'decision.date', message: m.decisionTooEarly(input.year) });
  if (problems.length > 0) throw badRequest(problems.map((p) => p.message).join(' '), problems);
}

/** The decision of a revision, with its signed file once attached. */
export function decisionOf(row: TargetRow): TargetDecisionView {
  const file = row.decision_attachment_id === null
    ? null
    : { id: row.decision_attachment_id, fileName: row.decision_file_name!, contentType: row.decision_file_type!, size: Number(row.decision_file_size) };
  return { number: row.decision_number, date: row.decision_date, file };
}

async function viewOf(db: Executor, row: TargetRow, item: Item, reading: Reading): Promise<TargetView> {
  const subtree = await subtreeOf(db, { id: row.org_unit_id, code: row.org_unit_code, path: row.org_unit_path });
  return {
    id: row.id,
    year: row.year,
    orgUnit: { code: row.org_unit_code, name: row.org_unit_name },
    item: { code: item.code, name: await itemName(db, item) },
    measure: row.measure,
    direction: row.direction,
    value: row.value,
    baseline: row.baseline,
    decision: decisionOf(row),
    revision: row.revision,
    setBy: personName(row.set_by, row.set_by_name),
    setAt: row.set_at,
    achievement: await achievementOf(db, subtree, item, row, reading),
  };
}

/** The item as people name it: the indicator's or element's name (with the option's, for one option). */
async function itemName(db: Executor, item: Item): Promise<string> {
  const [element, option] = item.code.split('.');
  const table = item.kind === 'indicator' ? 'indicator' : 'data_element';
  const row = await db.selectFrom(table).select('name').where('code', '=', element!).executeTakeFirst();
  if (!option) return row?.name ?? item.code;
  const combo = await db.selectFrom('category_option_combo').select('name').where('code', '=', option).executeTakeFirst();
  return `${row?.name ?? element} (${combo?.name ?? option})`;
}
