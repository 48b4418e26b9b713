import type { SurveillanceOverviewView, UnitAlertRow, UnitAlertState, WeekThresholdPoint } from '@syt/core/api/surveillance.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { judgeSeries, seriesWindow } from '@syt/core/outbreaks/judge-series.ts';
import { historyUnits, seriesOf } from '@syt/core/outbreaks/unit-series.ts';
import { sortCanonical } from '@syt/core/orgunit/tree.ts';
import { addDays, parsePeriod, periodForDate, type Period } from '@syt/core/period/index.ts';
import type { AppContext } from '../../app.ts';
import { AppError, badRequest, forbidden } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { activeOutbreakPaths } from '../outbreaks/outbreaks.repository.ts';
import { readOrgUnits } from '../org-units/org-unit.repository.ts';
import { openAlertsByUnit } from './alerts.repository.ts';
import { readCaseCounts } from './case-counts.repository.ts';
import { findSurveillanceDisease } from './diseases.repository.ts';
import { presentDisease } from './diseases.service.ts';
import type { OverviewQuery } from './surveillance.schema.ts';
import { watcherOf } from './surveillance-scope.ts';
import { METHOD_LABELS, UNIT_STATE_LABELS, surveillanceMessages as sm } from './surveillance.messages.ts';

const WEEKS = 52;

/** The week the overview ends at: the one asked, or the last complete week before today. */
function endWeek(ctx: AppContext, week: string | undefined): Period {
  if (week === undefined) return periodForDate('Weekly', addDays(vietnamDate(ctx.clock.now()), -7));
  try {
    const period = parsePeriod(week);
    if (period.type === 'Weekly') return period;
  } catch {
    // answered below
  }
  throw badRequest(sm.invalidWeek(week), [{ field: 'week', message: sm.invalidWeek(week) }]);
}

/** The paths (`/62/615/`) of the org units, by code. */
async function unitPaths(ctx: AppContext): Promise<Map<string, string>> {
  const rows = await ctx.db.selectFrom('org_unit').select(['code', 'path']).execute();
  return new Map(rows.map((r) => [r.code, r.path]));
}

/**
 * The 52 weeks of a disease at a unit with the threshold of each week by the disease's method (and the endemic
 * channel's lines), and the units under it with their alert state.
 */
export async function surveillanceOverview(ctx: AppContext, actor: Actor, q: OverviewQuery): Promise<SurveillanceOverviewView> {
  const w = await watcherOf(ctx.db, actor);
  const disease = await findSurveillanceDisease(ctx.db, q.disease);
  if (!disease) throw badRequest(sm.unknownDisease(q.disease), [{ field: 'disease', message: sm.unknownDisease(q.disease) }]);
  const last = endWeek(ctx, q.week);
  const [units, paths] = await Promise.all([readOrgUnits(ctx.db), unitPaths(ctx)]);
  const code = q.unit ?? [...paths].find(([, path]) => path === w.watchPath)?.[0];
  const unit = units.find((u) => u.code === code);
  if (!unit || code === undefined) {
    throw new AppError(400, 'UNKNOWN_ORG_UNIT', vi.unknownOrgUnit(code ?? ''), [{ field: 'unit', message: vi.unknownOrgUnit(code ?? '') }]);
  }
  const path = paths.get(unit.code)!;
  if (!path.startsWith(w.watchPath)) throw forbidden(vi.outsideScope(unit.name));

  const window = seriesWindow(last, WEEKS);
  const codes = window.periods.map((p) => p.code);
  const counts = (await readCaseCounts(ctx.db, [disease.casesElementId], 'Weekly', window.periods[0]!.startDate, last.endDate)).get(disease.casesElementId) ?? new Map();
  const weeks: WeekThresholdPoint[] = judgeSeries(disease.thresholdMethod, window, seriesOf(codes, historyUnits(units, unit.code), counts)).map((j) => ({
    period: j.period,
    observed: j.observed,
    expected: j.threshold?.expected ?? null,
    upper: j.threshold?.upper ?? null,
    channel: j.threshold?.channel ? { low: j.threshold.channel.q1, median: j.threshold.channel.median, high: j.threshold.channel.q3 } : null,
    alarm: j.threshold?.alarm === true,
  }));
  const rows = await unitRows(ctx, disease.id, tableUnits(units, unit, last), paths, (u) => seriesOf([last.code], historyUnits(units, u), counts)[0] ?? null);
  return {
    disease: presentDisease(disease, last.endDate),
    unit: { code: unit.code, name: unit.name },
    method: disease.thresholdMethod,
    methodLabel: METHOD_LABELS[disease.thresholdMethod],
    weeks,
    units: rows,
  };
}

/** The units the table lists: the unit's areas open during the week, or the unit itself when it has none. */
function tableUnits(units: OrgUnit[], unit: OrgUnit, week: Period): OrgUnit[] {
  const children = units.filter(
    (u) => u.parent === unit.code && (u.type ?? 'AREA') === 'AREA' && u.openingDate <= week.endDate && (u.closingDate === null || u.closingDate >= week.startDate),
  );
  return children.length > 0 ? sortCanonical(children) : [unit];
}

async function unitRows(
  ctx: AppContext, diseaseId: number, listed: OrgUnit[], paths: Map<string, string>, lastWeekCases: (code: string) => number | null,
): Promise<UnitAlertRow[]> {
  const root = paths.get(listed[0]!.parent ?? listed[0]!.code) ?? paths.get(listed[0]!.code)!;
  const [alerts, outbreaks] = await Promise.all([openAlertsByUnit(ctx.db, diseaseId, root), activeOutbreakPaths(ctx.db, diseaseId, root)]);
  return listed.map((u) => {
    const path = paths.get(u.code)!;
    const mine = alerts.filter((a) => a.path.startsWith(path));
    const activeOutbreaks = outbreaks.filter((p) => p.startsWith(path)).length;
    const state: UnitAlertState = activeOutbreaks > 0 ? 'OUTBREAK' : mine.some((a) => a.status === 'VERIFIED') ? 'VERIFIED' : mine.length > 0 ? 'NEW' : 'NONE';
    return {
      unit: { code: u.code, name: u.name },
      state,
      stateLabel: UNIT_STATE_LABELS[state],
      openAlerts: mine.length,
      activeOutbreaks,
      lastWeekCases: lastWeekCases(u.code),
    };
  });
}
