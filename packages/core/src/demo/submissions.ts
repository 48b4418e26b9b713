import type { OrgUnitPackage } from '../metadata/types.ts';
import { addDays, parsePeriod, periodsBetween, nextPeriod } from '../period/index.ts';
import { hashKey, mulberry32 } from './random.ts';
import { DEMO_PERIOD_RANGE, DEMO_SEED } from './generate-demo-values.ts';
import { YEARLY_DATA_SET } from './yearly-figures.ts';

/** The weekly notifiable-disease form, whose weeks have their own history. */
export const WEEKLY_DATA_SET = 'BTN_TUAN';

/** A demo form's workflow: submitted (some late) and, before the last months, approved. */
export interface DemoSubmission {
  dataSet: string;
  orgUnit: string;
  period: string;
  status: 'SUBMITTED' | 'APPROVED';
  submittedAt: string;
  approvedAt: string | null;
}

/**
 * Who sent which monthly form when, so completeness has a history: most units send by day 3–5 of the
 * next month, about one form in eight arrives late (day 6–9); everything up to two months before the
 * end of the range is approved, the last two months are left submitted for the department to approve.
 * Nothing happens after `now` (an ISO moment, the installation's clock): a form whose sending would come
 * later is not sent yet, and one sent but not yet due for approval stays submitted.
 */
export function generateDemoSubmissions(orgUnits: OrgUnitPackage, now?: string, seed = DEMO_SEED): DemoSubmission[] {
  const until = now === undefined ? Infinity : Date.parse(now);
  const periods = periodsBetween(parsePeriod(DEMO_PERIOD_RANGE.from), parsePeriod(DEMO_PERIOD_RANGE.to));
  const approvedUntil = periods.at(-3)!.code;
  const result: DemoSubmission[] = [];
  for (const [dataSet, units] of Object.entries(orgUnits.dataSetAssignments)) {
    // The yearly form has its own history (`generateYearlySubmissions`), the weekly one too (`generateWeeklySubmissions`).
    if (dataSet === YEARLY_DATA_SET || dataSet === WEEKLY_DATA_SET) continue;
    for (const orgUnit of units) {
      for (const period of periods) {
        const random = mulberry32(hashKey(seed, ['submission', dataSet, orgUnit, period.code]));
        const late = random() < 0.125;
        const day = late ? 6 + Math.floor(random() * 4) : 3 + Math.floor(random() * 3);
        const hour = 8 + Math.floor(random() * 8);
        const submittedOn = addDays(nextPeriod(period).startDate, day - 1);
        // Vietnam office hours, stored in UTC.
        const submittedAt = `${submittedOn}T${String(hour - 7).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00.000Z`;
        if (Date.parse(submittedAt) > until) continue;
        const approvalAt = `${addDays(submittedOn, 2)}T03:00:00.000Z`;
        const approved = period.code <= approvedUntil && Date.parse(approvalAt) <= until;
        const approvedAt = approved ? approvalAt : null;
        result.push({ dataSet, orgUnit, period: period.code, status: approved ? 'APPROVED' : 'SUBMITTED', submittedAt, approvedAt });
      }
    }
  }
  return result;
}
