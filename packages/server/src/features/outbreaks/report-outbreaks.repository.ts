import type { FigureRow } from '@syt/core/report/figures.ts';
import { outbreakMonthStates, type OutbreakMonthStates } from '@syt/core/outbreaks/month-states.ts';
import { monthsOf, periodForDate, periodsBetween, type Period } from '@syt/core/period/index.ts';
import type { Executor } from '../metadata/upsert.ts';
import { outbreakElementOf } from './typed-outbreaks.repository.ts';

/** What the report reads from the outbreak records of its unit's subtree. */
export interface ReportOutbreaks {
  /** Outbreak elements (`SXHD_OUTBREAKS`) the records stand for: their stored values are not read. */
  elements: Set<string>;
  /** One row per element, unit and month: the records started in it; a zero row at the report's unit for every month. */
  rows: FigureRow[];
  /** The unit each row names, with its path, so the report can place it under a child. */
  paths: Map<string, string>;
  /** Monthly reports: the month's active and closed outbreaks of known closure, by element; absent when none. */
  states: Record<string, OutbreakMonthStates>;
}

/**
 * The outbreak records of a report's subtree over its window (`start..end`, ISO dates), counted like the typed
 * monthly counts they replace: by unit and month of their start.
 */
export async function reportOutbreaks(
  db: Executor, unit: { code: string; path: string }, start: string, end: string, month: Period | null,
): Promise<ReportOutbreaks> {
  const [diseases, elements, records] = await Promise.all([
    db.selectFrom('disease').select(['id', 'code']).execute(),
    db.selectFrom('data_element').select('code').execute(),
    db
      .selectFrom('outbreak as b')
      .innerJoin('org_unit as o', 'o.id', 'b.org_unit_id')
      .select(['b.disease_id', 'b.start_date', 'b.closed_on', 'b.source', 'o.code', 'o.path'])
      .where('o.path', 'like', `${unit.path}%`)
      .where('b.start_date', '>=', start)
      .where('b.start_date', '<=', end)
      .execute(),
  ]);
  const known = new Set(elements.map((e) => e.code));
  const elementOf = new Map(diseases.filter((d) => known.has(outbreakElementOf(d.code))).map((d) => [Number(d.id), outbreakElementOf(d.code)]));
  const months = periodsBetween(periodForDate('Monthly', start), periodForDate('Monthly', end));
  const counts = new Map<string, FigureRow>();
  const paths = new Map<string, string>([[unit.code, unit.path]]);
  const states: Record<string, OutbreakMonthStates> = {};
  for (const element of elementOf.values()) {
    for (const m of months) counts.set(`${element}|${unit.code}|${m.code}`, { element, option: 'default', orgUnit: unit.code, period: m.code, value: 0 });
  }
  for (const r of records) {
    const element = elementOf.get(Number(r.disease_id));
    if (!element) continue;
    const period = periodForDate('Monthly', r.start_date).code;
    const key = `${element}|${r.code}|${period}`;
    const row = counts.get(key) ?? { element, option: 'default', orgUnit: r.code, period, value: 0 };
    counts.set(key, { ...row, value: row.value + 1 });
    paths.set(r.code, r.path);
  }
  if (month) {
    const [m] = monthsOf(month);
    for (const [diseaseId, element] of elementOf) {
      const mine = records
        .filter((r) => Number(r.disease_id) === diseaseId)
        .map((r) => ({ orgUnit: r.code, startDate: r.start_date, closedOn: r.closed_on, closureKnown: r.source !== 'HISTORY' }));
      const s = outbreakMonthStates(mine, m!.startDate, m!.endDate);
      if (s) states[element] = s;
    }
  }
  return { elements: new Set(elementOf.values()), rows: [...counts.values()], paths, states };
}
