import type { AlertListView, AlertView, OutbreakView } from '@syt/core/api/surveillance.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { parsePeriod } from '@syt/core/period/index.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import type { AppContext } from '../../app.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { insertCaseCount, insertOutbreak } from '../outbreaks/outbreaks.repository.ts';
import { outbreakView } from '../outbreaks/outbreaks.service.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { presentAlert } from './alerts.presenter.ts';
import { findAlert, listAlerts, updateAlertStatus, type AlertRecord } from './alerts.repository.ts';
import { listFilter } from './immediate-reports.service.ts';
import type { AlertListQuery, AlertOutbreakBody } from './surveillance.schema.ts';
import { requireSurveilObject, watcherOf, type SurveillanceAction, type Watcher } from './surveillance-scope.ts';
import { ALERT_STATUS_LABELS, surveillanceMessages as sm } from './surveillance.messages.ts';

/** The alerts the actor watches, newest first. */
export async function listAlertViews(ctx: AppContext, actor: Actor, q: AlertListQuery): Promise<AlertListView> {
  const w = await watcherOf(ctx.db, actor);
  const filter = await listFilter(ctx, w.watchPath, q);
  if (!filter) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await listAlerts(ctx.db, { ...filter, ...(q.status ? { status: q.status } : {}), ...(q.kind ? { kind: q.kind } : {}) }, q.page, q.pageSize);
  const nameOf = await displayNames(ctx.db, rows.map((r) => r.verified_by));
  return { items: rows.map((r) => presentAlert(r, w, nameOf)), total, page: q.page, pageSize: q.pageSize };
}

async function requireAlert(db: Executor, w: Watcher, id: number, action: SurveillanceAction): Promise<AlertRecord> {
  const found = await findAlert(db, id);
  if (!found) throw new AppError(404, 'NOT_FOUND', sm.alertNotFound(id));
  requireSurveilObject(w, action, found.unit_path, sm.alertNotFound(id));
  return found;
}

async function alertView(db: Executor, w: Watcher, id: number): Promise<AlertView> {
  const r = await requireAlert(db, w, id, 'read');
  return presentAlert(r, w, await displayNames(db, [r.verified_by]));
}

export async function getAlert(ctx: AppContext, actor: Actor, id: number): Promise<AlertView> {
  return alertView(ctx.db, await watcherOf(ctx.db, actor), id);
}

/** Xác minh: a NEW alert is confirmed as a real signal. */
export async function verifyAlert(ctx: AppContext, actor: Actor, id: number): Promise<AlertView> {
  const w = await watcherOf(ctx.db, actor);
  const r = await requireAlert(ctx.db, w, id, 'handle');
  const moved = r.status === 'NEW' && (await updateAlertStatus(ctx.db, id, ['NEW'], {
    status: 'VERIFIED', verified_by: actor.username, verified_at: ctx.clock.now().toISOString(),
  }));
  if (!moved) throw conflict(sm.alertNotNew(ALERT_STATUS_LABELS[r.status]));
  return alertView(ctx.db, w, id);
}

/** Loại bỏ: an open alert is set aside, with the reason why. */
export async function dismissAlert(ctx: AppContext, actor: Actor, id: number, reason: string): Promise<AlertView> {
  const w = await watcherOf(ctx.db, actor);
  const r = await requireAlert(ctx.db, w, id, 'handle');
  const moved = await updateAlertStatus(ctx.db, id, ['NEW', 'VERIFIED'], {
    status: 'DISMISSED', reason, verified_by: actor.username, verified_at: ctx.clock.now().toISOString(),
  });
  if (!moved) throw conflict(sm.alertNotOpen(ALERT_STATUS_LABELS[r.status]));
  return alertView(ctx.db, w, id);
}

/** Where an outbreak opened from an alert starts: the immediate report's onset, or the alert period's first day. */
async function defaultStart(db: Executor, r: AlertRecord): Promise<string> {
  if (r.immediate_report_id !== null) {
    const report = await db.selectFrom('immediate_report').select('onset_date').where('id', '=', r.immediate_report_id).executeTakeFirst();
    if (report) return report.onset_date;
  }
  return parsePeriod(r.period).startDate;
}

/**
 * Lập ổ dịch: an open alert becomes an outbreak (source ALERT) at the alert's unit, its observed cases recorded on
 * the start date; the alert turns OUTBREAK and points at it. One transaction: neither stands without the other.
 */
export async function openOutbreakFromAlert(ctx: AppContext, actor: Actor, id: number, input: AlertOutbreakBody): Promise<OutbreakView> {
  const w = await watcherOf(ctx.db, actor);
  const r = await requireAlert(ctx.db, w, id, 'handle');
  if (r.status !== 'NEW' && r.status !== 'VERIFIED') throw conflict(sm.alertNotOpen(ALERT_STATUS_LABELS[r.status]));
  const startDate = input.startDate ?? (await defaultStart(ctx.db, r));
  const today = vietnamDate(ctx.clock.now());
  if (startDate > today) throw badRequest(sm.futureDate(formatViDate(startDate)), [{ field: 'startDate', message: sm.futureDate(formatViDate(startDate)) }]);
  const now = ctx.clock.now().toISOString();
  const outbreakId = await ctx.db.transaction().execute(async (trx) => {
    const outbreakId = await insertOutbreak(trx, {
      disease_id: r.disease_id, org_unit_id: r.org_unit_id, place: input.place ?? r.unit_name, start_date: startDate, status: 'ACTIVE',
      closed_on: null, close_reason: null, source: 'ALERT', alert_id: id, created_at: now, created_by: actor.username,
    });
    if (r.observed > 0) await insertCaseCount(trx, outbreakId, startDate, r.observed, now, actor.username);
    const moved = await updateAlertStatus(trx, id, ['NEW', 'VERIFIED'], {
      status: 'OUTBREAK', outbreak_id: outbreakId,
      ...(r.verified_by ? {} : { verified_by: actor.username, verified_at: now }),
    });
    if (!moved) throw conflict(sm.alertNotOpen(ALERT_STATUS_LABELS[r.status]));
    return outbreakId;
  });
  return outbreakView(ctx.db, w, outbreakId);
}
