import { closingDateOn } from '@syt/core/outbreaks/closure.ts';
import type { Database } from '../../db/database.ts';
import { activeOutbreaks, caseTotals, closeOutbreak } from './outbreaks.repository.ts';

/**
 * The scheduler's closure pass: every active outbreak whose last case (or start) lies more than twice its disease's
 * maximal incubation period before today closes, on the day that period ran out. Returns the ids closed.
 */
export async function closeQuietOutbreaks(db: Database, today: string): Promise<number[]> {
  const active = await activeOutbreaks(db);
  const totals = await caseTotals(db, active.map((o) => o.id));
  const closed: number[] = [];
  for (const o of active) {
    const lastCase = totals.get(o.id)?.lastDate;
    const last = lastCase && lastCase > o.start_date ? lastCase : o.start_date;
    const closedOn = closingDateOn(last, o.max_incubation_days, today);
    if (closedOn && (await closeOutbreak(db, o.id, closedOn, null))) closed.push(o.id);
  }
  return closed;
}
