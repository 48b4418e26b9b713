import type { OutbreakListView, OutbreakView } from '@syt/core/api/surveillance.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { lastCaseDate } from '@syt/core/outbreaks/closure.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import type { AppContext } from '../../app.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { findSurveillanceDisease } from '../surveillance/diseases.repository.ts';
import { listFilter } from '../surveillance/immediate-reports.service.ts';
import type { OutbreakBody, OutbreakListQuery } from '../surveillance/surveillance.schema.ts';
import { requireSurveilObject, requireSurveilUnit, watcherOf, type SurveillanceAction, type Watcher } from '../surveillance/surveillance-scope.ts';
import { surveillanceMessages as sm } from '../surveillance/surveillance.messages.ts';
import { displayNames } from '../users/display-names.repository.ts';
import {
  caseCountsOf, caseTotals, closeOutbreak, entryCount, findOutbreak, insertCaseCount, insertMeasure, insertOutbreak, listOutbreaks,
  MAX_ENTRIES, measuresOf, type OutbreakRecord,
} from './outbreaks.repository.ts';
import { presentOutbreak, presentOutbreakSummary } from './outbreaks.presenter.ts';

const fieldError = (field: string, message: string) => badRequest(message, [{ field, message }]);
const today = (ctx: AppContext) => vietnamDate(ctx.clock.now());

function notFuture(ctx: AppContext, field: string, date: string): void {
  if (date > today(ctx)) throw fieldError(field, sm.futureDate(formatViDate(date)));
}

/** The outbreaks the actor watches. */
export async function listOutbreakSummaries(ctx: AppContext, actor: Actor, q: OutbreakListQuery): Promise<OutbreakListView> {
  const watcher = await watcherOf(ctx.db, actor);
  const filter = await listFilter(ctx, watcher.watchPath, q);
  if (!filter) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await listOutbreaks(ctx.db, { ...filter, ...(q.status ? { status: q.status } : {}), ...(q.source ? { source: q.source } : {}) }, q.page, q.pageSize);
  const totals = await caseTotals(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => presentOutbreakSummary(r, totals.get(r.id))), total, page: q.page, pageSize: q.pageSize };
}

/** An outbreak the watcher may act on (404 outside their subtree, as for a missing one). */
async function requireOutbreak(db: Executor, w: Watcher, id: number, action: SurveillanceAction): Promise<OutbreakRecord> {
  const found = await findOutbreak(db, id);
  if (!found) throw new AppError(404, 'NOT_FOUND', sm.outbreakNotFound(id));
  requireSurveilObject(w, action, found.unit_path, sm.outbreakNotFound(id));
  return found;
}

/** One outbreak with its cases over time and its measures. */
export async function outbreakView(db: Executor, w: Watcher, id: number): Promise<OutbreakView> {
  const r = await requireOutbreak(db, w, id, 'read');
  const [totals, cases, measures] = await Promise.all([caseTotals(db, [id]), caseCountsOf(db, id), measuresOf(db, id)]);
  const nameOf = await displayNames(db, [...cases.map((c) => c.created_by), ...measures.map((m) => m.created_by)]);
  return presentOutbreak(r, totals.get(id), cases, measures, w, nameOf);
}

export async function getOutbreak(ctx: AppContext, actor: Actor, id: number): Promise<OutbreakView> {
  return outbreakView(ctx.db, await watcherOf(ctx.db, actor), id);
}

/** Records an outbreak by hand (source MANUAL), with its first cases on its start date. */
export async function createOutbreak(ctx: AppContext, actor: Actor, input: OutbreakBody): Promise<OutbreakView> {
  const watcher = await watcherOf(ctx.db, actor);
  notFuture(ctx, 'startDate', input.startDate);
  const disease = await findSurveillanceDisease(ctx.db, input.disease);
  if (!disease) throw fieldError('disease', sm.unknownDisease(input.disease));
  const unit = await findOrgUnitByCode(ctx.db, input.orgUnit);
  if (!unit) throw new AppError(400, 'UNKNOWN_ORG_UNIT', vi.unknownOrgUnit(input.orgUnit), [{ field: 'orgUnit', message: vi.unknownOrgUnit(input.orgUnit) }]);
  requireSurveilUnit(watcher, 'record', unit);
  const now = ctx.clock.now().toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertOutbreak(trx, {
      disease_id: disease.id, org_unit_id: Number(unit.id), place: input.place, start_date: input.startDate, status: 'ACTIVE', closed_on: null,
      close_reason: null, source: 'MANUAL', alert_id: null, created_at: now, created_by: actor.username,
    });
    if (input.initialCases > 0) await insertCaseCount(trx, id, input.startDate, input.initialCases, now, actor.username);
    return id;
  });
  return outbreakView(ctx.db, watcher, id);
}

/** Adds cases on a day of an active outbreak (not before its start, not in the future). */
export async function addOutbreakCases(ctx: AppContext, actor: Actor, id: number, input: { date: string; count: number }): Promise<OutbreakView> {
  const watcher = await watcherOf(ctx.db, actor);
  const r = await requireOutbreak(ctx.db, watcher, id, 'record');
  if (r.source === 'HISTORY') throw conflict(sm.outbreakHistory);
  if (r.status !== 'ACTIVE') throw conflict(sm.outbreakClosed);
  if (input.date < r.start_date) throw fieldError('date', sm.beforeStart(formatViDate(r.start_date)));
  notFuture(ctx, 'date', input.date);
  if ((await entryCount(ctx.db, 'outbreak_case_count', id)) >= MAX_ENTRIES) throw conflict(vi.validationFailed);
  await insertCaseCount(ctx.db, id, input.date, input.count, ctx.clock.now().toISOString(), actor.username);
  return outbreakView(ctx.db, watcher, id);
}

/** Records a measure taken (an outbreak converted from a typed count has no course to add to). */
export async function addOutbreakMeasure(ctx: AppContext, actor: Actor, id: number, input: { date: string; text: string }): Promise<OutbreakView> {
  const watcher = await watcherOf(ctx.db, actor);
  const r = await requireOutbreak(ctx.db, watcher, id, 'record');
  if (r.source === 'HISTORY') throw conflict(sm.outbreakHistory);
  if (input.date < r.start_date) throw fieldError('date', sm.beforeStart(formatViDate(r.start_date)));
  notFuture(ctx, 'date', input.date);
  if ((await entryCount(ctx.db, 'outbreak_measure', id)) >= MAX_ENTRIES) throw conflict(vi.validationFailed);
  await insertMeasure(ctx.db, id, input.date, input.text, ctx.clock.now().toISOString(), actor.username);
  return outbreakView(ctx.db, watcher, id);
}

/** Closes an active outbreak by hand, with the reason (on a day not before its last case, not in the future). */
export async function closeOutbreakByHand(ctx: AppContext, actor: Actor, id: number, input: { reason: string; closedOn?: string | undefined }): Promise<OutbreakView> {
  const watcher = await watcherOf(ctx.db, actor);
  const r = await requireOutbreak(ctx.db, watcher, id, 'handle');
  if (r.status !== 'ACTIVE') throw conflict(sm.outbreakClosed);
  const closedOn = input.closedOn ?? today(ctx);
  notFuture(ctx, 'closedOn', closedOn);
  const last = lastCaseDate(r.start_date, (await caseCountsOf(ctx.db, id)).map((c) => c.case_date));
  if (closedOn < last) throw fieldError('closedOn', sm.beforeLastCase(formatViDate(last)));
  if (!(await closeOutbreak(ctx.db, id, closedOn, input.reason))) throw conflict(sm.outbreakClosed);
  return outbreakView(ctx.db, watcher, id);
}
