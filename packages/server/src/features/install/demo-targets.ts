import type { DemoPlanTarget } from '@syt/core/demo/index.ts';
import { idsByCode, type Executor } from '../metadata/upsert.ts';
import { insertRevision } from '../targets/targets.repository.ts';

/**
 * The demo's plan targets, through the targets' own repository: each decision's target a revision after the ones
 * before it (the list is in decision order), set by `demo` at 09:00 on the decision's day, or at `nowIso` if that
 * is earlier. Replaces any targets already stored.
 */
export async function storeDemoTargets(db: Executor, targets: readonly DemoPlanTarget[], nowIso: string): Promise<number> {
  await db.deleteFrom('plan_target').execute();
  const units = await idsByCode(db, 'org_unit');
  const revisions = new Map<string, number>();
  for (const t of targets) {
    const key = `${t.year}|${t.orgUnit}|${t.item}`;
    const revision = (revisions.get(key) ?? 0) + 1;
    revisions.set(key, revision);
    const setAt = `${t.decision.date}T02:00:00.000Z`;
    await insertRevision(db, {
      year: t.year, org_unit_id: units.get(t.orgUnit)!, item: t.item, revision, measure: t.measure, direction: t.direction,
      value: t.value, baseline: t.baseline, decision_number: t.decision.number, decision_date: t.decision.date,
      set_by: 'demo', set_at: setAt < nowIso ? setAt : nowIso,
    });
  }
  return targets.length;
}
