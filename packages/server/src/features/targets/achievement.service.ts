import type { AchievementView } from '@syt/core/api/targets.ts';
import { createPeriod, type Period } from '@syt/core/period/index.ts';
import type { FormState } from '@syt/core/report/completeness.ts';
import { estimateYear, judgeAchievement, monthsCounted, type TargetDirection } from '@syt/core/targets/index.ts';
import type { WorkflowRowStatus } from '../aggregate/aggregate.repository.ts';
import { itemValues, type Subtree } from '../aggregate/item-value.service.ts';
import type { Item } from '../aggregate/item.service.ts';
import type { Executor } from '../metadata/upsert.ts';

const month = (year: number, index: number): Period => createPeriod('Monthly', year, index);

/**
 * The form statuses whose values count, as the reports count them (the installation's setting): submitted and
 * approved forms by default. Counting drafts counts every stored value.
 */
function countedStatuses(counted: readonly FormState[]): WorkflowRowStatus[] | undefined {
  if (counted.includes('draft')) return undefined;
  return counted.flatMap((state) => (state === 'submitted' ? ['SUBMITTED' as const] : state === 'approved' ? ['APPROVED' as const] : []));
}

/** A flow is summed over months and can be extrapolated; a level (a register, a rate, an indicator) cannot. */
const isFlow = (item: Item) => item.kind === 'element' && item.series.aggregationType === 'SUM';

/**
 * How far a target is achieved on `today`: the item over its unit's subtree from January to the last month ended,
 * judged in the target's direction, with the year's estimate. Only the forms the reports count are read (a form
 * still being entered is not what its unit reported), so a month not yet sent is missing, not zero.
 */
export async function achievementOf(
  db: Executor, subtree: Subtree, item: Item, target: { year: number; direction: TargetDirection; value: number; baseline: number | null },
  reading: { today: string; counted: readonly FormState[] },
): Promise<AchievementView> {
  const today = reading.today;
  const counted = monthsCounted(target.year, today);
  if (counted === 0) return { from: null, to: null, actual: null, percent: null, status: null, estimate: null, estimateStatus: null };
  const toDate = { from: month(target.year, 1), to: month(target.year, counted) };
  const months = isFlow(item)
    ? [
        ...Array.from({ length: counted }, (_, i) => ({ from: month(target.year, i + 1), to: month(target.year, i + 1) })),
        ...Array.from({ length: 12 }, (_, i) => ({ from: month(target.year - 1, i + 1), to: month(target.year - 1, i + 1) })),
      ]
    : [];
  const [actual = null, ...monthly] = await itemValues(db, subtree, item, [toDate, ...months], { countedStatuses: countedStatuses(reading.counted) });
  const thisYear = monthly.slice(0, counted);
  const estimate = isFlow(item)
    ? estimateYear({ kind: 'flow', thisYear, lastYear: monthly.slice(counted) })
    : estimateYear({ kind: 'level', level: actual });
  const now = judgeAchievement(target, actual);
  // A flow's figures run to its last month reported: "đến 30/11" when December has not come in, not "đến 31/12".
  const lastReported = isFlow(item) ? lastIndexWithValue(thisYear) : -1;
  return {
    from: toDate.from.code,
    to: lastReported >= 0 ? month(target.year, lastReported + 1).code : toDate.to.code,
    actual,
    percent: now.percent,
    status: now.status,
    estimate,
    estimateStatus: estimate ? judgeAchievement(target, estimate.value).status : null,
  };
}

function lastIndexWithValue(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return i;
  return -1;
}
