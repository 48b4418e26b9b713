import type {
  CreateReportRequest, RegenerateReportRequest, ReportInstanceSummary, ReportInstanceView, ReportStatus, SaveReportRequest,
} from '@syt/core/api/reports.ts';
import { applySave, mergeRegenerated, UnknownSlotError } from '@syt/core/report/edit/index.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import type { ReportPeriod } from '@syt/core/report/report-period.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError, badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { requireInstance, requireReportTarget, requireVersion } from './report-access.ts';
import { requireKind, requireReportPeriod, storedReportName } from './report-period.ts';
import { writeOptions, writeReportFromData, type ReportOrgUnit, type WriteOptions } from './report-input.service.ts';
import { requireDraft } from './report-status.ts';
import { writeNextVersion } from './report-write.ts';
import { toSummary, toView } from './reports.presenter.ts';
import { findInstance, findInstanceFor, insertInstance, insertVersion, listInstances } from './reports.repository.ts';

export interface ReportCtx {
  db: Database;
  clock: Clock;
}

/**
 * Writes the period's report (the body's `kind`, monthly by default) from the data and stores it as version 1 (409
 * REPORT_EXISTS when there is one).
 */
export async function createReport(ctx: ReportCtx, actor: Actor, input: CreateReportRequest): Promise<ReportInstanceView> {
  return ctx.db.transaction().execute(async (trx) => {
    const { unit, period } = await requireReportTarget(trx, actor, 'write-report', input);
    const id = await storeNewReport(trx, ctx.clock, actor, unit, period, writeOptions(ctx.clock, input));
    return toView((await findInstance(trx, id))!, actor);
  });
}

/**
 * Writes a unit's report for a period from the data and stores it as version 1 (the caller checked access and holds
 * the transaction); 409 REPORT_EXISTS when the unit has one of that kind and period. Returns its id.
 */
export async function storeNewReport(
  trx: Executor, clock: Clock, actor: Actor, unit: ReportOrgUnit, period: ReportPeriod, options: WriteOptions,
): Promise<number> {
  if (await findInstanceFor(trx, unit.id, period.code, period.kind)) {
    throw new AppError(409, 'REPORT_EXISTS', vi.report.exists(unit.name, storedReportName(period.kind, period.code)));
  }
  const document = JSON.stringify(await writeReportFromData(trx, unit, period, options));
  const now = clock.now().toISOString();
  const row = { status: 'draft', version: 1, document, created_at: now, created_by: actor.username } as const;
  const id = await insertInstance(trx, { ...row, org_unit_id: unit.id, period: period.code, kind: period.kind, updated_at: now, updated_by: actor.username });
  await insertVersion(trx, { ...row, instance_id: id, action: 'create', note: null });
  return id;
}

/** One stored report, for any role that may read its org unit. */
export async function getReport(ctx: ReportCtx, actor: Actor, id: number): Promise<ReportInstanceView> {
  return toView(await requireInstance(ctx.db, actor, 'read', id), actor);
}

/**
 * Stored reports the actor may read, optionally of one org unit, period, kind or status, newest first. A period is
 * read as the kind's (a month when no kind is given).
 */
export async function listReports(
  ctx: ReportCtx,
  actor: Actor,
  filter: { org?: string | undefined; period?: string | undefined; kind?: string | undefined; status?: ReportStatus | undefined },
): Promise<ReportInstanceSummary[]> {
  const unit = filter.org ? await requireOrgUnitAccess(ctx.db, actor, 'read', filter.org, 'org') : undefined;
  const kind = filter.kind === undefined ? undefined : requireKind(filter.kind);
  const period = filter.period ? requireReportPeriod(kind ?? 'monthly', filter.period).code : undefined;
  const rows = await listInstances(ctx.db, {
    pathPrefix: actor.scopePath,
    ...(unit ? { orgUnitId: unit.id } : {}),
    ...(period ? { period } : {}),
    ...(kind ? { kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  });
  return rows.map(toSummary);
}

/** A staff edit of a draft (header, free texts, plan) stored as a new version. */
export async function saveReport(ctx: ReportCtx, actor: Actor, id: number, input: SaveReportRequest): Promise<ReportInstanceView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireInstance(trx, actor, 'write-report', id);
    requireVersion(row, input.baseVersion);
    requireDraft(row.status);
    const next = editedDocument(JSON.parse(row.document) as ReportDocument, input);
    await writeNextVersion(trx, ctx.clock, actor, row, { document: next, status: row.status, action: 'save', note: input.note ?? null });
    return toView((await findInstance(trx, id))!, actor);
  });
}

/** Rewrites a draft's generated paragraphs from today's data, keeping header, free texts and plan. */
export async function regenerateReport(ctx: ReportCtx, actor: Actor, id: number, input: RegenerateReportRequest): Promise<ReportInstanceView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireInstance(trx, actor, 'write-report', id);
    requireVersion(row, input.baseVersion);
    requireDraft(row.status);
    const unit = { id: row.org_unit_id, code: row.org_unit_code, name: row.org_unit_name, path: row.org_unit_path };
    const fresh = await writeReportFromData(trx, unit, requireReportPeriod(requireKind(row.kind), row.period), writeOptions(ctx.clock, input));
    const next = mergeRegenerated(fresh, JSON.parse(row.document) as ReportDocument);
    await writeNextVersion(trx, ctx.clock, actor, row, { document: next, status: row.status, action: 'regenerate', note: null });
    return toView((await findInstance(trx, id))!, actor);
  });
}

/** The document with the save applied; an unknown slot answers 400 naming `freeText.<slot>`. */
function editedDocument(doc: ReportDocument, input: SaveReportRequest): ReportDocument {
  try {
    return applySave(doc, input);
  } catch (err) {
    if (!(err instanceof UnknownSlotError)) throw err;
    const message = vi.report.unknownSlot(err.slot);
    throw badRequest(message, [{ field: `freeText.${err.slot}`, message }]);
  }
}
