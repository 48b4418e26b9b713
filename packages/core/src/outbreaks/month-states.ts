/**
 * What the monthly report says about outbreaks beyond their count: how many are active at the month's end and how
 * many ended in the month. Only records whose closure is known count; a record converted from a typed monthly count
 * (source HISTORY) has none, so it is never said to be active or over.
 */
import type { IsoDate } from '../metadata/types.ts';

/** One outbreak record as the report reads it. */
export interface OutbreakRecord {
  orgUnit: string;
  startDate: IsoDate;
  /** Null while active, and for a HISTORY record (closure unknown). */
  closedOn: IsoDate | null;
  closureKnown: boolean;
}

export interface OutbreakMonthStates {
  /** Started by the month's end and not closed by it. */
  active: number;
  /** Closed within the month. */
  closedInMonth: number;
}

/** The month's active and closed outbreaks among records of known closure; null when none concerns the month. */
export function outbreakMonthStates(records: readonly OutbreakRecord[], monthStart: IsoDate, monthEnd: IsoDate): OutbreakMonthStates | null {
  let active = 0;
  let closedInMonth = 0;
  for (const r of records) {
    if (!r.closureKnown || r.startDate > monthEnd) continue;
    if (r.closedOn === null || r.closedOn > monthEnd) active += 1;
    else if (r.closedOn >= monthStart) closedInMonth += 1;
  }
  return active + closedInMonth > 0 ? { active, closedInMonth } : null;
}
