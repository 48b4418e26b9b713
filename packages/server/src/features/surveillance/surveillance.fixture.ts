import type { DataValue } from '@syt/core/datavalue/types.ts';
import { parsePeriod, shiftPeriod } from '@syt/core/period/index.ts';
import type { Database } from '../../db/database.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';

/** Weekly counts of an element at a unit: `flat` alternating 1 and 2 over `weeks` weeks up to `last`, then `spike` in it. */
export function weeklyCounts(element: string, unit: string, last: string, weeks: number, spike: number | null): DataValue[] {
  const end = parsePeriod(last);
  return Array.from({ length: weeks }, (_, i) => {
    const week = shiftPeriod(end, i - weeks + 1);
    const value = i === weeks - 1 && spike !== null ? spike : 1 + (i % 2);
    return { dataElement: element, categoryOptionCombo: 'default', orgUnit: unit, period: week.code, value: String(value) };
  });
}

/** Stores values as an import would, at the moment given. */
export async function storeValues(db: Database, values: DataValue[], nowIso: string): Promise<void> {
  await storeTrustedValues(db, values, 'test', nowIso);
}

/** How many rows a table holds. */
export async function rowCount(db: Database, table: 'immediate_report' | 'surveillance_alert' | 'notification' | 'outbreak'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A user's notifications of a kind. */
export async function noticesOf(db: Database, username: string, kind: string) {
  return db
    .selectFrom('notification as n')
    .innerJoin('app_user as u', 'u.id', 'n.user_id')
    .select(['n.title', 'n.link', 'n.mail_status'])
    .where('u.username', '=', username)
    .where('n.kind', '=', kind)
    .orderBy('n.id')
    .execute();
}
