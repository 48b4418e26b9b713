import type { ReportSettings } from '@syt/core/api/reports.ts';
import { defaultReportHeader, mergeHeader } from '@syt/core/report/header.ts';
import type { ReportHeader } from '@syt/core/report/model.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { requireReportCharts } from './report-charts.service.ts';
import { findSetting, upsertSetting } from './reports.repository.ts';
import type { ReportCtx } from './reports.service.ts';

/** What a PUT may change: header fields, whether the monthly report cites the plan targets, the charts it carries. */
export type ReportSettingsPatch = Partial<ReportHeader> & { citeTargets?: boolean; charts?: number[] };

/** The stored chart ids, or none when the row holds something else. */
const chartIds = (raw: unknown): number[] =>
  Array.isArray(raw) ? raw.filter((id): id is number => Number.isSafeInteger(id) && (id as number) > 0) : [];

/** The org unit's stored settings as set (an unreadable row reads as none set). */
function storedPatch(raw: string | undefined): ReportSettingsPatch {
  if (raw === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ReportSettingsPatch) : {};
  } catch {
    return {};
  }
}

/** The unit's report settings: the default header with the stored fields over it, and whether targets are cited. */
export async function reportSettingsOf(db: Executor, unit: { id: number; name: string }): Promise<ReportSettings> {
  const { citeTargets, charts, ...header } = storedPatch(await findSetting(db, unit.id));
  return { ...mergeHeader(defaultReportHeader(unit), header), citeTargets: citeTargets === true, charts: chartIds(charts) };
}

/** The header a new report of the unit starts from (the settings without what is not the header's). */
export async function reportHeader(db: Executor, unit: { id: number; name: string }): Promise<ReportHeader> {
  const { citeTargets: _cited, charts: _charts, ...header } = await reportSettingsOf(db, unit);
  return header;
}

/** The header a new report of the org unit starts from (defaults with the stored settings over them), and what it cites. */
export async function getReportSettings(ctx: ReportCtx, actor: Actor, org: string): Promise<ReportSettings> {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'read', org, 'org');
  return reportSettingsOf(ctx.db, unit);
}

/**
 * Stores the org unit's settings (admin or the department's staff in scope): the fields sent over those stored, so
 * one switch changed keeps the header set before. A chart newly named must be one the actor may open (400 naming
 * `charts.<i>`). Returns the merged settings.
 */
export async function putReportSettings(ctx: ReportCtx, actor: Actor, org: string, patch: ReportSettingsPatch): Promise<ReportSettings> {
  return ctx.db.transaction().execute(async (trx) => {
    const unit = await requireOrgUnitAccess(trx, actor, 'write-report', org, 'org');
    const nfc = (v: unknown): unknown => (typeof v === 'string' ? v.normalize('NFC') : Array.isArray(v) ? v.map(nfc) : v);
    const clean = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, nfc(v)]));
    const stored = storedPatch(await findSetting(trx, unit.id));
    if (patch.charts) await requireReportCharts(trx, actor, patch.charts, chartIds(stored.charts));
    await upsertSetting(trx, unit.id, JSON.stringify({ ...stored, ...clean }), ctx.clock.now().toISOString(), actor.username);
    return reportSettingsOf(trx, unit);
  });
}
