/**
 * The analytics query: items × org units × periods computed from the stored values on each request, with the
 * semantics of `/api/aggregate` (core/analytics/cell-value.ts) and each unit's history over mergers.
 */
import { computeCells } from '@syt/core/analytics/cells.ts';
import { historyIndex } from '@syt/core/analytics/history.ts';
import { AnalyticsQueryError } from '@syt/core/analytics/errors.ts';
import { areDisjoint, parseOuItem, resolveOrgUnits } from '@syt/core/analytics/org-unit-items.ts';
import { periodName } from '@syt/core/analytics/period-name.ts';
import { resolvePeriods } from '@syt/core/analytics/periods.ts';
import { seriesByUnit, type GroupedRow } from '@syt/core/analytics/series.ts';
import { ANALYTICS_LIMITS, type AnalyticsQuery, type AnalyticsTable } from '@syt/core/api/analytics.ts';
import { firstStoredDay, type Period } from '@syt/core/period/index.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireRole, requireUnitAccess } from '../access/access.service.ts';
import { historySubtrees } from '../aggregate/unit-history.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { analyticsMessages } from './analytics.messages.ts';
import { groupedRows, readUnits, type UnitRow } from './analytics.repository.ts';
import { placeUnits } from './placement.service.ts';
import { targetCells } from './target-cells.service.ts';
import { resolveDataItems } from './data-items.service.ts';

/** What the engine needs of the application. */
export interface AnalyticsCtx {
  db: Executor;
}

/**
 * Answers an analytics query for an actor on `today` (ISO date; relative periods count from it unless the query
 * gives `referenceDate`). 400 naming `dx`, `ou` or `pe` for an item it cannot read; 403 when an org unit lies
 * outside the actor's scope. Pivot, export and dashboards call this.
 */
export async function runAnalytics(ctx: AnalyticsCtx, actor: Actor, query: AnalyticsQuery, today: string): Promise<AnalyticsTable> {
  requireRole(actor, 'read');
  try {
    return await answer(ctx.db, actor, query, today);
  } catch (err) {
    if (!(err instanceof AnalyticsQueryError)) throw err;
    const message = analyticsMessages.refused(err.code, err.field, err.item);
    throw new AppError(400, err.code === 'UNKNOWN_ITEM' ? 'UNKNOWN_ITEM' : 'INVALID_QUERY', message, [{ field: err.field, message }]);
  }
}

async function answer(db: Executor, actor: Actor, query: AnalyticsQuery, today: string): Promise<AnalyticsTable> {
  const periods = resolvePeriods(query.pe, query.referenceDate ?? today);
  const units = await readUnits(db);
  const byCode = new Map(units.map((u) => [u.unit.code, u]));
  const userRoot = actor.scopePath.split('/').filter(Boolean).at(-1)!;
  const outputs = resolveOrgUnits(query.ou, units.map((u) => u.unit), userRoot);
  requireScope(actor, query.ou, outputs.map((o) => o.unit.code), byCode);
  const items = await resolveDataItems(db, query.dx);
  const cellCount = items.meta.length * outputs.length * periods.length;
  if (cellCount > ANALYTICS_LIMITS.cells) {
    const message = analyticsMessages.refused('TOO_MANY_CELLS', 'ou', '', cellCount);
    throw new AppError(400, 'INVALID_QUERY', message, [{ field: 'ou', message }]);
  }
  const roots = rootsOf(units, outputs.map((o) => o.unit.code));
  const placement = placeUnits(units, new Set([...roots.values()].flat()));
  const span = spanOf(items.ranges(periods.map((p) => ({ from: p, to: p }))));
  const rows = await groupedRows(db, {
    placed: placement.placed,
    provinceIds: placement.provinceIds,
    elementIds: [...items.elementIds.values()],
    lastElementIds: items.lastElementIds,
    ...span,
  });
  const groups = new Map([...roots].map(([code, rs]) => [code, rs.flatMap((r) => placement.groupsUnder.get(r) ?? [])]));
  const series = seriesByUnit(byCodes(rows, units, items.elementIds), items.series, groups);
  const targetUnits = outputs.map((o) => ({ id: byCode.get(o.unit.code)!.id, code: o.unit.code, path: byCode.get(o.unit.code)!.path }));
  const cells = [
    ...computeCells(items.cells, outputs.map((o) => o.unit.code), periods, series),
    ...(await targetCells(db, items.targets, targetUnits, periods, today)),
  ];
  return {
    items: {
      dx: items.meta,
      ou: outputs.map((o) => ({ code: o.unit.code, name: o.unit.name, level: o.unit.level, ancestors: o.ancestors, history: o.history })),
      pe: periods.map((p) => ({ code: p.code, name: periodName(p), startDate: p.startDate, endDate: p.endDate })),
    },
    query,
    cells,
    ouDisjoint: areDisjoint(outputs),
  };
}

/** Every output unit, and the parent a `CHILDREN-x` item names, must lie in the actor's scope. */
function requireScope(actor: Actor, items: readonly string[], outputs: readonly string[], byCode: ReadonlyMap<string, UnitRow>) {
  const parents = items.map(parseOuItem).flatMap((i) => (i.kind === 'children' ? [i.code] : []));
  for (const code of [...parents, ...outputs]) {
    const row = byCode.get(code)!;
    requireUnitAccess(actor, 'read', { name: row.unit.name, path: row.path });
  }
}

/** Each output unit's disjoint history roots, by code. */
function rootsOf(units: readonly UnitRow[], outputs: readonly string[]): Map<string, string[]> {
  const history = units.map((u) => ({ id: u.id, code: u.unit.code, path: u.path, successors: u.unit.successors }));
  const byCode = new Map(history.map((h) => [h.code, h]));
  const index = historyIndex(history);
  return new Map(outputs.map((code) => [code, historySubtrees(index, byCode, code).map((t) => t.path.split('/').filter(Boolean).at(-1)!)]));
}

/** The stored periods any range reads: from the earliest first stored day to the latest end. */
function spanOf(ranges: readonly { from: Period; to: Period }[]) {
  return {
    start: ranges.map(firstStoredDay).reduce((a, b) => (b < a ? b : a)),
    end: ranges.map((r) => r.to.endDate).reduce((a, b) => (b > a ? b : a)),
  };
}

function byCodes(rows: Awaited<ReturnType<typeof groupedRows>>, units: readonly UnitRow[], elementIds: ReadonlyMap<string, number>): GroupedRow[] {
  const unitCode = new Map(units.map((u) => [u.id, u.unit.code]));
  const elementCode = new Map([...elementIds].map(([code, id]) => [id, code]));
  return rows.map((r) => ({
    element: elementCode.get(r.element_id)!,
    option: String(r.option_id),
    root: unitCode.get(r.group_id)!,
    period: r.period,
    leaf: r.leaf_id === null ? null : String(r.leaf_id),
    value: r.value,
  }));
}
