/**
 * When an outbreak ends: after twice the disease's maximal incubation period without a new case (Circular 54/2015's
 * rule for declaring an outbreak over), counted from the last case, or from the start when no case was recorded.
 */
import { addDays } from '../period/index.ts';
import type { IsoDate } from '../metadata/types.ts';

/** The last day an outbreak may see a case: the latest case date, or the start when none is later. */
export function lastCaseDate(startDate: IsoDate, caseDates: readonly IsoDate[]): IsoDate {
  return caseDates.reduce((latest, d) => (d > latest ? d : latest), startDate);
}

/** The day the outbreak is over if no case comes: last case + 2 × the maximal incubation period. */
export function expectedClosingDate(lastCase: IsoDate, maxIncubationDays: number): IsoDate {
  return addDays(lastCase, 2 * maxIncubationDays);
}

/**
 * The closing date of an active outbreak on `today`, or null while it may still see cases: it closes once the
 * expected closing date lies strictly before today (that whole day passed without a case), closed on that date.
 */
export function closingDateOn(lastCase: IsoDate, maxIncubationDays: number, today: IsoDate): IsoDate | null {
  const closes = expectedClosingDate(lastCase, maxIncubationDays);
  return closes < today ? closes : null;
}
