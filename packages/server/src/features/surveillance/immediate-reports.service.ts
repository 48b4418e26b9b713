import type { ImmediateReportListView, ImmediateReportView } from '@syt/core/api/surveillance.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { isImmediateOn } from '@syt/core/metadata/disease-group.ts';
import { addDays, periodForDate } from '@syt/core/period/index.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import type { AppContext } from '../../app.ts';
import { AppError, badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { displayNames } from '../users/display-names.repository.ts';
import { notifyAlert } from './alert-notices.ts';
import { insertAlert } from './alerts.repository.ts';
import { findSurveillanceDisease } from './diseases.repository.ts';
import { insertImmediateReport, listImmediateReports } from './immediate-reports.repository.ts';
import type { ImmediateListQuery, ImmediateReportBody } from './surveillance.schema.ts';
import { requireSurveilUnit, watcherOf } from './surveillance-scope.ts';
import { surveillanceMessages as sm } from './surveillance.messages.ts';

/** How far back an onset may lie: a case is reported within 24 h of being found, weeks after its onset at most. */
export const MAX_ONSET_AGE_DAYS = 90;

const fieldError = (field: string, message: string) => badRequest(message, [{ field, message }]);

/** Refuses an onset date in the future or older than the bound. */
export function checkOnsetDate(onsetDate: string, today: string): void {
  if (onsetDate > today) throw fieldError('onsetDate', sm.futureDate(formatViDate(onsetDate)));
  if (onsetDate < addDays(today, -MAX_ONSET_AGE_DAYS)) throw fieldError('onsetDate', sm.onsetTooOld(MAX_ONSET_AGE_DAYS));
}

/** Resolves the disease and unit of a report, refusing what may not be reported there (nothing is stored then). */
async function checkedReport(ctx: AppContext, actor: Actor, input: ImmediateReportBody, today: string) {
  const watcher = await watcherOf(ctx.db, actor);
  checkOnsetDate(input.onsetDate, today);
  const disease = await findSurveillanceDisease(ctx.db, input.disease);
  if (!disease) throw fieldError('disease', sm.unknownDisease(input.disease));
  if (!isImmediateOn(disease, input.onsetDate)) throw fieldError('disease', sm.notImmediate(disease.name, formatViDate(input.onsetDate)));
  const unit = await findOrgUnitByCode(ctx.db, input.orgUnit);
  if (!unit) throw new AppError(400, 'UNKNOWN_ORG_UNIT', vi.unknownOrgUnit(input.orgUnit), [{ field: 'orgUnit', message: vi.unknownOrgUnit(input.orgUnit) }]);
  requireSurveilUnit(watcher, 'record', unit);
  if (unit.closing_date !== null && unit.closing_date < input.onsetDate) throw fieldError('orgUnit', sm.unitClosed(unit.name, formatViDate(input.onsetDate)));
  return { disease, unit };
}

/**
 * Stores an immediate report and raises its IMMEDIATE alert with the notices to the CDC and the department's staff,
 * all in one transaction: a report never stands without its alert.
 */
export async function createImmediateReport(ctx: AppContext, actor: Actor, input: ImmediateReportBody): Promise<ImmediateReportView> {
  const now = ctx.clock.now().toISOString();
  const { disease, unit } = await checkedReport(ctx, actor, input, vietnamDate(ctx.clock.now()));
  const period = periodForDate('Weekly', input.onsetDate).code;
  const { id, alertId } = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertImmediateReport(trx, {
      disease_id: disease.id, org_unit_id: Number(unit.id), place: input.place, onset_date: input.onsetDate, case_count: input.count,
      note: input.note, created_at: now, created_by: actor.username,
    });
    const alertId = (await insertAlert(trx, {
      kind: 'IMMEDIATE', disease_id: disease.id, org_unit_id: Number(unit.id), period, observed: input.count, expected: null, upper: null,
      method: null, status: 'NEW', reason: null, verified_by: null, verified_at: null, outbreak_id: null, immediate_report_id: id,
      dedupe_key: `IMMEDIATE:${id}`, created_at: now,
    }))!;
    await notifyAlert(trx, Boolean(ctx.config.smtpUrl), {
      alertId, kind: 'IMMEDIATE', disease: disease.name, unit: { name: unit.name, path: unit.path }, period, observed: input.count,
      upper: null, method: null, onsetDate: input.onsetDate, place: input.place,
    }, now);
    return { id, alertId };
  });
  const nameOf = await displayNames(ctx.db, [actor.username]);
  return {
    id, disease: { code: disease.code, name: disease.name }, orgUnit: { code: unit.code, name: unit.name }, place: input.place,
    onsetDate: input.onsetDate, count: input.count, note: input.note, createdAt: now, createdBy: nameOf(actor.username), alertId,
  };
}

/** The immediate reports the actor watches, newest first. */
export async function listImmediate(ctx: AppContext, actor: Actor, q: ImmediateListQuery): Promise<ImmediateReportListView> {
  const watcher = await watcherOf(ctx.db, actor);
  const filter = await listFilter(ctx, watcher.watchPath, q);
  if (!filter) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await listImmediateReports(ctx.db, filter, q.page, q.pageSize);
  const nameOf = await displayNames(ctx.db, rows.map((r) => r.created_by));
  const items = rows.map((r) => ({
    id: Number(r.id), disease: { code: r.disease_code, name: r.disease_name }, orgUnit: { code: r.unit_code, name: r.unit_name },
    place: r.place, onsetDate: r.onset_date, count: Number(r.case_count), note: r.note, createdAt: r.created_at,
    createdBy: nameOf(r.created_by), alertId: Number(r.alert_id),
  }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A list's filter from its query; null when it names a disease or unit that keeps nothing. */
export async function listFilter(ctx: AppContext, watchPath: string, q: { disease?: string | undefined; unit?: string | undefined }) {
  const disease = q.disease === undefined ? undefined : await findSurveillanceDisease(ctx.db, q.disease);
  const unit = q.unit === undefined ? undefined : await findOrgUnitByCode(ctx.db, q.unit);
  if ((q.disease !== undefined && !disease) || (q.unit !== undefined && !unit)) return null;
  return { watchPath, ...(unit ? { unitPath: unit.path } : {}), ...(disease ? { diseaseId: disease.id } : {}) };
}
