import type { TargetView } from '@syt/core/api/targets.ts';
import { formatNumber } from '@syt/core/vi/number.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireOrgUnitAccess } from '../access/access.service.ts';
import { listOrgUnits } from '../org-units/org-unit.service.ts';
import { appendixWorkbook, type Appendix, type AppendixRow } from './appendix-workbook.ts';
import { appendixMessages as m } from './appendix.messages.ts';
import { listTargets } from './targets.service.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/**
 * A targets appendix of a unit's year as .xlsx, from the same targets and achievement `GET /api/targets` answers:
 * Phụ lục I the unit's own targets, Phụ lục II those of the units under it in the province's canonical order.
 * 422 NOTHING_TO_EXPORT when the appendix would have no row.
 */
export async function targetsAppendix(
  ctx: Ctx,
  actor: Actor,
  query: { org: string; year: number; appendix: Appendix },
) {
  const unit = await requireOrgUnitAccess(ctx.db, actor, 'read', query.org, 'org');
  const all = await listTargets(ctx, actor, query);
  const chosen =
    query.appendix === 'I'
      ? all.filter((t) => t.orgUnit.code === query.org)
      : await byUnit(
          ctx.db,
          all.filter((t) => t.orgUnit.code !== query.org),
        );
  if (chosen.length === 0)
    throw new AppError(422, 'NOTHING_TO_EXPORT', m.nothingToExport[query.appendix](unit.name, query.year));
  const counted = chosen[0]!.achievement;
  const bytes = await appendixWorkbook({
    appendix: query.appendix,
    year: query.year,
    unitName: unit.name,
    months: { from: counted.from, to: counted.to },
    rows: chosen.map(rowOf),
  });
  // The code goes into a header: anything but letters, digits and dashes is replaced.
  const code = query.org.replace(/[^A-Za-z0-9-]/g, '_');
  return { bytes, fileName: `phu-luc-${query.appendix}-chi-tieu-${code}-${query.year}.xlsx` };
}

/** Units in the province's canonical order, each unit's targets in the list's order (by item). */
async function byUnit(db: Database, targets: TargetView[]): Promise<TargetView[]> {
  const position = new Map((await listOrgUnits(db)).map((u, i) => [u.code, i]));
  const at = (t: TargetView) => position.get(t.orgUnit.code) ?? Number.MAX_SAFE_INTEGER;
  return targets
    .map((t, i) => ({ t, i }))
    .sort((a, b) => at(a.t) - at(b.t) || a.i - b.i)
    .map(({ t }) => t);
}

function rowOf(t: TargetView): AppendixRow {
  const a = t.achievement;
  return {
    unit: t.orgUnit.name,
    item: `${t.item.name}${m.direction[t.direction](t.baseline === null ? '' : formatNumber(t.baseline, 3))}`,
    measure: t.measure,
    target: t.value,
    actual: a.actual,
    percent: a.percent,
    status: a.status ? m.statuses[a.status] : m.noData,
    estimate: a.estimate?.value ?? null,
    estimateMethod: a.estimate ? m.methods[a.estimate.method] : null,
  };
}
