/**
 * `TARGET.ITEM` and `ACHIEVEMENT.ITEM` cells (issue 9): for a yearly period, the plan target in force of an output
 * unit for the item, and the % of it achieved as the targets page judges it (features/targets/achievement.service.ts).
 * Other periods, and units without a target, have no cell.
 */
import type { AnalyticsCell } from '@syt/core/api/analytics.ts';
import type { Period } from '@syt/core/period/index.ts';
import { subtreeOf } from '../aggregate/aggregate.service.ts';
import type { Item } from '../aggregate/item.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { countedStates } from '../reports/report-forms.service.ts';
import { achievementOf } from '../targets/achievement.service.ts';

/** One target item of the query: its code as written and the item it sets a target for. */
export interface TargetItem {
  code: string;
  kind: 'target' | 'achievement';
  item: Item;
}

/** The targets in force (latest revision) of some units, items and years. */
async function targetsInForce(db: Executor, unitIds: number[], items: string[], years: number[]) {
  const rows = await db
    .selectFrom('plan_target')
    .select(['year', 'org_unit_id', 'item', 'revision', 'direction', 'value', 'baseline'])
    .where('org_unit_id', 'in', unitIds)
    .where('item', 'in', items)
    .where('year', 'in', years)
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.org_unit_id}|${r.item}|${r.year}`;
    if ((latest.get(key)?.revision ?? -1) < r.revision) latest.set(key, r);
  }
  return latest;
}

/** The target and achievement cells of the query, for its yearly periods. */
export async function targetCells(
  db: Executor, targets: readonly TargetItem[], units: readonly { id: number; code: string; path: string }[], periods: readonly Period[], today: string,
): Promise<AnalyticsCell[]> {
  const years = periods.filter((p) => p.type === 'Yearly');
  if (targets.length === 0 || years.length === 0) return [];
  const inForce = await targetsInForce(db, units.map((u) => u.id), [...new Set(targets.map((t) => t.item.code))], years.map((y) => y.year));
  const reading = targets.some((t) => t.kind === 'achievement') ? { today, counted: await countedStates(db, {}) } : null;
  const cells: AnalyticsCell[] = [];
  for (const t of targets) {
    for (const unit of units) {
      for (const year of years) {
        const target = inForce.get(`${unit.id}|${t.item.code}|${year.year}`);
        if (!target) continue;
        const value = t.kind === 'target' ? target.value : (await achievementOf(db, await subtreeOf(db, unit), t.item, target, reading!)).percent;
        if (value !== null) cells.push({ dx: t.code, ou: unit.code, pe: year.code, value });
      }
    }
  }
  return cells;
}
