import type { ReportSettings } from '@syt/core/api/reports.ts';
import type { ReportHeader } from '@syt/core/report/model.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { reportHeader } from './report-input.service.ts';
import { upsertSetting } from './reports.repository.ts';
import type { ReportCtx } from './reports.service.ts';

/** The header a new report of the org unit starts from (defaults with the stored settings over them). */
export async function getReportSettings(ctx: ReportCtx, actor: Actor, org: string): Promise<ReportSettings> {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'read', org, 'org');
  return reportHeader(ctx.db, unit);
}

/** Stores the org unit's header defaults (admin or the department's staff in scope); returns the merged header. */
export async function putReportSettings(ctx: ReportCtx, actor: Actor, org: string, header: Partial<ReportHeader>): Promise<ReportSettings> {
  return ctx.db.transaction().execute(async (trx) => {
    const unit = await requireOrgUnitAccess(trx, actor, 'write-report', org, 'org');
    const clean = Object.fromEntries(
      Object.entries(header).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : Array.isArray(v) ? v.map((x) => x.normalize('NFC')) : v]),
    );
    await upsertSetting(trx, unit.id, JSON.stringify(clean), ctx.clock.now().toISOString(), actor.username);
    return reportHeader(trx, unit);
  });
}
