/**
 * Alert detection, run by the scheduler's tick: the recent weeks (and months) of every disease's cases, for each
 * unit that reported them and for each open province, judged with the disease's method; a count above its
 * threshold stores a THRESHOLD alert, once per disease, unit and period (its key), and notifies the CDC and the
 * department's staff in the same transaction.
 */
import { judgeSeries, seriesWindow } from '@syt/core/outbreaks/judge-series.ts';
import { historyUnits, seriesOf } from '@syt/core/outbreaks/unit-series.ts';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { isOpenOn } from '@syt/core/orgunit/tree.ts';
import { periodForDate } from '@syt/core/period/index.ts';
import type { Database } from '../../db/database.ts';
import { readOrgUnits } from '../org-units/org-unit.repository.ts';
import { notifyAlert } from './alert-notices.ts';
import { insertAlert } from './alerts.repository.ts';
import { countsChangedSince, readCaseCounts, type ElementCounts, type SeriesType } from './case-counts.repository.ts';
import { readSurveillanceDiseases, type SurveillanceDisease } from './diseases.repository.ts';

/** Periods judged on each pass: the current week and the eight before it, the current month and the two before it. */
const JUDGED: Record<SeriesType, number> = { Weekly: 9, Monthly: 3 };
const RUN_NAME = 'surveillance';

/** What one detection pass did. */
export interface DetectionResult {
  alertsCreated: number;
  notificationsCreated: number;
  /** Nothing was judged: no cases value was stored or changed since the last pass. */
  skipped: boolean;
}

interface Pass {
  db: Database;
  mail: boolean;
  units: OrgUnit[];
  diseases: SurveillanceDisease[];
  today: string;
  nowIso: string;
  result: DetectionResult;
}

/** Detects threshold alerts unless no cases value changed since the last pass; records the pass. */
export async function detectThresholdAlerts(db: Database, mail: boolean, today: string, nowIso: string): Promise<DetectionResult> {
  const result: DetectionResult = { alertsCreated: 0, notificationsCreated: 0, skipped: false };
  const diseases = await readSurveillanceDiseases(db);
  const last = await db.selectFrom('scheduler_run').select('last_run_at').where('name', '=', RUN_NAME).executeTakeFirst();
  if (last && !(await countsChangedSince(db, diseases.map((d) => d.casesElementId), last.last_run_at))) return { ...result, skipped: true };
  // Recorded before judging: a value stored while this pass runs is judged again by the next one.
  await db
    .insertInto('scheduler_run')
    .values({ name: RUN_NAME, last_run_at: nowIso })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_run_at: nowIso }))
    .execute();
  const pass: Pass = { db, mail, units: await readOrgUnits(db), diseases, today, nowIso, result };
  for (const type of ['Weekly', 'Monthly'] as const) await detectOfType(pass, type);
  return result;
}

async function detectOfType(pass: Pass, type: SeriesType): Promise<void> {
  const window = seriesWindow(periodForDate(type, pass.today), JUDGED[type]);
  const { startDate } = window.periods[0]!;
  const { endDate } = window.periods.at(-1)!;
  const counts = await readCaseCounts(pass.db, pass.diseases.map((d) => d.casesElementId), type, startDate, endDate);
  const codes = window.periods.map((p) => p.code);
  const history = new Map<string, Set<string>>();
  const historyOf = (unit: string) => history.get(unit) ?? history.set(unit, historyUnits(pass.units, unit)).get(unit)!;
  const provinces = pass.units.filter((u) => u.parent === null && isOpenOn(u, pass.today)).map((u) => u.code);
  for (const disease of pass.diseases) {
    const byUnit = counts.get(disease.casesElementId);
    if (!byUnit) continue;
    for (const target of new Set([...reportingUnits(byUnit, codes.slice(window.firstJudged)), ...provinces])) {
      for (const judged of judgeSeries(disease.thresholdMethod, window, seriesOf(codes, historyOf(target), byUnit))) {
        const t = judged.threshold;
        if (t?.alarm && judged.observed !== null) await storeAlert(pass, disease, target, { period: judged.period, observed: judged.observed, ...t });
      }
    }
  }
}

/** Units that reported a count in one of the judged periods. */
function reportingUnits(byUnit: ElementCounts, judged: string[]): string[] {
  return [...byUnit.entries()].filter(([, periods]) => judged.some((p) => periods.has(p))).map(([unit]) => unit);
}

interface Exceedance {
  period: string;
  observed: number;
  expected: number;
  upper: number;
  method: string;
}

async function storeAlert(pass: Pass, disease: SurveillanceDisease, unitCode: string, e: Exceedance): Promise<void> {
  const unit = await pass.db.selectFrom('org_unit').select(['id', 'name', 'path']).where('code', '=', unitCode).executeTakeFirst();
  if (!unit) return;
  await pass.db.transaction().execute(async (trx) => {
    const alertId = await insertAlert(trx, {
      kind: 'THRESHOLD', disease_id: disease.id, org_unit_id: Number(unit.id), period: e.period, observed: e.observed,
      expected: e.expected, upper: e.upper, method: e.method, status: 'NEW', reason: null, verified_by: null, verified_at: null,
      outbreak_id: null, immediate_report_id: null, dedupe_key: `THRESHOLD:${disease.code}:${unitCode}:${e.period}`, created_at: pass.nowIso,
    });
    if (alertId === null) return;
    pass.result.alertsCreated += 1;
    pass.result.notificationsCreated += await notifyAlert(trx, pass.mail, {
      alertId, kind: 'THRESHOLD', disease: disease.name, unit: { name: unit.name, path: unit.path }, period: e.period,
      observed: e.observed, upper: e.upper, method: e.method,
    }, pass.nowIso);
  });
}
