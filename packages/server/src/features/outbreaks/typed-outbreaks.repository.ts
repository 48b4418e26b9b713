import type { Executor } from '../metadata/upsert.ts';

/** Who the records name as their author when SYT made them itself. */
export const SYSTEM_AUTHOR = 'system';

// A typed count above this is a typing mistake, not outbreaks to record one by one.
const MAX_PER_CELL = 1_000;
const BATCH = 200;

/** The element a disease's outbreaks were typed into before they were recorded one by one (`SXHD_OUTBREAKS`). */
export const outbreakElementOf = (diseaseCode: string) => `${diseaseCode}_OUTBREAKS`;

/**
 * The outbreaks typed as monthly counts (`SXHD_OUTBREAKS`: an element `{disease}_OUTBREAKS`) become outbreak records:
 * one HISTORY record per outbreak counted, started on the month's first day at the unit that reported it, its
 * closure unknown. A unit and month that already has HISTORY records of the disease is left as it is, so running it
 * again adds nothing. Returns how many records it added.
 */
export async function convertTypedOutbreakCounts(db: Executor, nowIso: string): Promise<number> {
  const diseases = await db.selectFrom('disease').select(['id', 'code']).execute();
  const elements = new Map((await db.selectFrom('data_element').select(['id', 'code']).execute()).map((e) => [e.code, Number(e.id)]));
  let added = 0;
  for (const d of diseases) {
    const elementId = elements.get(outbreakElementOf(d.code));
    if (elementId !== undefined) added += await convertElement(db, Number(d.id), elementId, nowIso);
  }
  return added;
}

async function convertElement(db: Executor, diseaseId: number, elementId: number, nowIso: string): Promise<number> {
  const cells = await db
    .selectFrom('data_value as v')
    .innerJoin('org_unit as o', 'o.id', 'v.org_unit_id')
    .select(['v.org_unit_id', 'v.period', 'v.period_start', 'v.value', 'o.name'])
    .where('v.data_element_id', '=', elementId)
    .execute();
  const done = new Set(
    (await db.selectFrom('outbreak').select(['org_unit_id', 'start_date']).where('disease_id', '=', diseaseId).where('source', '=', 'HISTORY').execute())
      .map((r) => `${r.org_unit_id}:${r.start_date}`),
  );
  const counts = new Map<string, { unitId: number; start: string; place: string; n: number }>();
  for (const c of cells) {
    if (!/^\d{6}$/.test(c.period)) continue;
    const key = `${c.org_unit_id}:${c.period_start}`;
    const n = Number(c.value);
    if (done.has(key) || !Number.isInteger(n) || n <= 0) continue;
    const cell = counts.get(key) ?? { unitId: Number(c.org_unit_id), start: c.period_start, place: c.name, n: 0 };
    cell.n = Math.min(MAX_PER_CELL, cell.n + n);
    counts.set(key, cell);
  }
  const rows = [...counts.values()].flatMap((c) =>
    Array.from({ length: c.n }, () => ({
      disease_id: diseaseId, org_unit_id: c.unitId, place: c.place, start_date: c.start, status: 'CLOSED' as const,
      closed_on: null, close_reason: null, source: 'HISTORY' as const, alert_id: null, created_at: nowIso, created_by: SYSTEM_AUTHOR,
    })),
  );
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto('outbreak').values(rows.slice(i, i + BATCH)).execute();
  return rows.length;
}
