/** The weekly form's history: who sent which week when, so weekly completeness has one like the monthly forms. */
import type { MetadataPackage, OrgUnitPackage } from '../metadata/types.ts';
import { addDays, nextPeriod, type Period } from '../period/index.ts';
import { DEMO_SEED } from './generate-demo-values.ts';
import { hashKey, mulberry32 } from './random.ts';
import type { DemoSubmission } from './submissions.ts';
import { baselineWeeks, demoWeeksByMonth, openDuringDemo } from './weekly-values.ts';

/** Weeks left submitted, not yet approved, at the end of each unit's series. */
const UNAPPROVED_WEEKS = 8;

/**
 * Every assigned unit sends each week's form on the Monday or Tuesday after it (one in eight later, by Friday); all
 * but the last eight weeks of a unit are approved two days after sending. Nothing happens after `now` (ISO moment);
 * `today` (ISO date) ends the weeks of units opened after the demo's months, as `generateWeeklyDemoValues` does.
 */
export function generateWeeklySubmissions(
  pkg: MetadataPackage, orgUnits: OrgUnitPackage, options: { now?: string | undefined; today?: string | undefined; seed?: number } = {},
): DemoSubmission[] {
  const until = options.now === undefined ? Infinity : Date.parse(options.now);
  const seed = options.seed ?? DEMO_SEED;
  const units = new Map(orgUnits.orgUnits.map((u) => [u.code, u]));
  const demoWeeks = [...demoWeeksByMonth().values()].flat();
  const result: DemoSubmission[] = [];
  for (const dataSet of pkg.dataSets.filter((ds) => ds.periodType === 'Weekly')) {
    for (const orgUnit of orgUnits.dataSetAssignments[dataSet.code] ?? []) {
      const unit = units.get(orgUnit);
      const weeks: Period[] = openDuringDemo(unit) ? demoWeeks : baselineWeeks(unit?.openingDate, options.today);
      const approvedUntil = weeks.at(-UNAPPROVED_WEEKS - 1)?.code ?? '';
      for (const week of weeks) {
        const random = mulberry32(hashKey(seed, ['submission', dataSet.code, orgUnit, week.code]));
        const late = random() < 0.125;
        const day = late ? 3 + Math.floor(random() * 3) : 1 + Math.floor(random() * 2);
        const hour = 8 + Math.floor(random() * 8);
        const submittedOn = addDays(nextPeriod(week).startDate, day - 1);
        // Vietnam office hours, stored in UTC.
        const submittedAt = `${submittedOn}T${String(hour - 7).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00.000Z`;
        if (Date.parse(submittedAt) > until) continue;
        const approvalAt = `${addDays(submittedOn, 2)}T03:00:00.000Z`;
        const approved = week.code <= approvedUntil && Date.parse(approvalAt) <= until;
        result.push({
          dataSet: dataSet.code, orgUnit, period: week.code, status: approved ? 'APPROVED' : 'SUBMITTED', submittedAt, approvedAt: approved ? approvalAt : null,
        });
      }
    }
  }
  return result;
}
