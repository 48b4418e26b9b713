import type { Period } from '@syt/core/period/index.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import type { ReportPeriod } from '@syt/core/report/report-period.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { may, type Action, type Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { mayOnReview } from '../request-reviews/review-access.ts';
import { requirePeriod } from '../data-entry/cell.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { reportCompletenessMessages as m } from './report-completeness.messages.ts';
import { unitLifetime } from './report-forms.repository.ts';
import type { ReportOrgUnit } from './report-input.service.ts';
import { asReportPeriod, periodReference, requireKind, requireReportPeriod } from './report-period.ts';
import { findInstance, type InstanceRecord } from './reports.repository.ts';

/**
 * The org unit and period of a report request (a month unless `kind` says otherwise), after checking the actor may
 * do the action there (400/403).
 */
export async function requireReportTarget(
  db: Executor, actor: Actor, action: Action, input: { org: string; period: string; kind?: string | undefined },
): Promise<{ unit: ReportOrgUnit; period: ReportPeriod }> {
  const period = requireReportPeriod(requireKind(input.kind), input.period);
  const unit = await requireOrgUnitAccess(db, actor, action, input.org, 'org');
  return { unit, period };
}

/** A month code (`YYYYMM`) or 400 naming the field. */
export function requireMonth(code: string, field = 'period'): Period {
  const month = requirePeriod(code, field);
  if (month.type !== 'Monthly') throw new AppError(400, 'INVALID_PERIOD', vi.notMonthly(code), [{ field, message: vi.notMonthly(code) }]);
  return month;
}

/**
 * A stored report the actor may do the action on: 404 when there is none or it lies outside the actor's scope (the
 * same answer, so ids cannot be counted), 403 when the actor sees it but their role lacks the action. A unit's review
 * is written by the unit's own users only, whatever their role.
 */
export async function requireInstance(db: Executor, actor: Actor, action: Action, id: number): Promise<InstanceRecord> {
  const row = await findInstance(db, id);
  if (!row || !may(actor, 'read', row.org_unit_path)) throw notFound(vi.report.notFound(id));
  const allowed = row.review_request_id === null ? may(actor, action, row.org_unit_path) : mayOnReview(actor, action, row.org_unit_path);
  if (!allowed) throw forbidden();
  return row;
}

/** 409 VERSION_CONFLICT when the edit did not start from the stored version. */
export function requireVersion(row: Pick<InstanceRecord, 'version'>, baseVersion: number): void {
  if (row.version !== baseVersion) throw versionConflict(baseVersion, row.version);
}

export const versionConflict = (base: number, current: number) =>
  new AppError(409, 'VERSION_CONFLICT', vi.report.versionConflict(base, current), [
    { field: 'baseVersion', message: vi.report.versionConflict(base, current) },
  ]);

/**
 * 409 when no report can be written for the unit and month: the month has not begun on the server's clock
 * (`period`), or the unit did not exist during it (`org`). Written, either would read as a month of zeros.
 */
export async function requireReportable(db: Executor, unit: Pick<ReportOrgUnit, 'id'>, of: Period | ReportPeriod, today: string): Promise<void> {
  const month = asReportPeriod(of);
  const [reference, noun] = [periodReference(month), month.kind === 'monthly' ? 'tháng' : 'kỳ'];
  if (month.startDate > today) {
    const message = m.periodNotStarted(reference, today, noun);
    throw new AppError(409, 'PERIOD_NOT_STARTED', message, [{ field: 'period', message }]);
  }
  const life = await unitLifetime(db, unit.id);
  if (life.opening_date > month.endDate || (life.closing_date !== null && life.closing_date < month.startDate)) {
    const message = m.unitNotInPeriod(life.name, reference, month.startDate, life.opening_date, life.closing_date, noun);
    throw new AppError(409, 'UNIT_NOT_IN_PERIOD', message, [{ field: 'org', message }]);
  }
}

/**
 * 409 MISSING_FORMS when a report lacking forms is finalised without `acknowledgeMissing`; with it, the note the
 * version keeps (null when nothing is missing).
 */
export function requireMissingAcknowledged(document: ReportDocument, acknowledged: boolean): string | null {
  const missing = document.completeness?.missing.length ?? 0;
  if (missing === 0) return null;
  if (!acknowledged) {
    const message = m.missingNotAcknowledged(missing);
    throw new AppError(409, 'MISSING_FORMS', message, [{ field: 'acknowledgeMissing', message }]);
  }
  return m.missingAcknowledged(missing);
}
