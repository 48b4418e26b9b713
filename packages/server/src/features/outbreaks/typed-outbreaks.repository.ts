import type { Executor } from '../metadata/upsert.ts';

/** Who the records name as their author when SYT made them itself. */
export const SYSTEM_AUTHOR = 'system';

/** The element a disease's outbreaks are typed into as a monthly count (`SXHD_OUTBREAKS`). */
export const outbreakElementOf = (diseaseCode: string) => `${diseaseCode}_OUTBREAKS`;

// A typed count above this is a typing mistake, not outbreaks to record one by one.
const MAX_PER_CELL = 1_000;
const BATCH = 200;

/**
 * The monthly report counts outbreak records, never a typed count; a unit that still types its outbreaks into the
 * form (`SXHD_OUTBREAKS`, or a file in that shape) gets one HISTORY record per outbreak counted, started on the
 * month's first day at the unit that reported it, its closure unknown. This keeps those records equal to the typed
 * counts — adding or removing HISTORY records only — so running it again changes nothing. Returns how many records
 * it added and removed.
 */
export async function syncTypedOutbreakCounts(db: Executor, nowIso: string): Promise<{ added: number; removed: number }> {
  const diseases = await db.selectFrom('disease').select(['id', 'code']).execute();
  const elements = new Map((await db.selectFrom('data_element').select(['id', 'code']).execute()).map((e) => [e.code, Number(e.id)]));
  const total = { added: 0, removed: 0 };
  for (const d of diseases) {
    const elementId = elements.get(outbreakElementOf(d.code));
    if (elementId === undefined) continue;
    const { added, removed } = await syncElement(db, Number(d.id), elementId, nowIso);
    total.added += added;
    total.removed += removed;
  }
  return total;
}

interface Cell {
  unitId: number;
  start: string;
  place: string;
  typed: number;
  recordIds: number[];
}

async function syncElement(db: Executor, diseaseId: number, elementId: number, nowIso: string) {
  const [values, records] = await Promise.all([
    db
      .selectFrom('data_value as v')
      .innerJoin('org_unit as o', 'o.id', 'v.org_unit_id')
      .select(['v.org_unit_id', 'v.period_start', 'v.value', 'o.name'])
      .where('v.data_element_id', '=', elementId)
      .where('v.period', 'like', '______')
      .execute(),
    db
      .selectFrom('outbreak as b')
      .innerJoin('org_unit as o', 'o.id', 'b.org_unit_id')
      .select(['b.id', 'b.org_unit_id', 'b.start_date', 'o.name'])
      .where('b.disease_id', '=', diseaseId)
      .where('b.source', '=', 'HISTORY')
      .execute(),
  ]);
  const cells = new Map<string, Cell>();
  const cellOf = (unitId: number, start: string, place: string) => {
    const key = `${unitId}:${start}`;
    const cell = cells.get(key) ?? { unitId, start, place, typed: 0, recordIds: [] };
    cells.set(key, cell);
    return cell;
  };
  for (const v of values) {
    const n = Number(v.value);
    if (Number.isInteger(n) && n > 0) cellOf(Number(v.org_unit_id), v.period_start, v.name).typed += n;
  }
  for (const r of records) cellOf(Number(r.org_unit_id), r.start_date, r.name).recordIds.push(Number(r.id));
  const toAdd: Cell[] = [];
  const toRemove: number[] = [];
  for (const cell of cells.values()) {
    const want = Math.min(MAX_PER_CELL, cell.typed);
    if (want > cell.recordIds.length) toAdd.push(...Array.from({ length: want - cell.recordIds.length }, () => cell));
    else toRemove.push(...cell.recordIds.sort((a, b) => b - a).slice(0, cell.recordIds.length - want));
  }
  const rows = toAdd.map((c) => ({
    disease_id: diseaseId, org_unit_id: c.unitId, place: c.place, start_date: c.start, status: 'CLOSED' as const, closed_on: null,
    close_reason: null, source: 'HISTORY' as const, alert_id: null, created_at: nowIso, created_by: SYSTEM_AUTHOR,
  }));
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto('outbreak').values(rows.slice(i, i + BATCH)).execute();
  for (let i = 0; i < toRemove.length; i += BATCH) await db.deleteFrom('outbreak').where('id', 'in', toRemove.slice(i, i + BATCH)).execute();
  return { added: rows.length, removed: toRemove.length };
}
