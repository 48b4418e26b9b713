import type { Indicator } from '@syt/core/metadata/types.ts';
import { sourcePeriodTypesByElement } from '@syt/core/metadata/element-sources.ts';
import { createPeriod, firstStoredDay, type Period } from '@syt/core/period/index.ts';
import type { ReportPeriod } from '@syt/core/report/report-period.ts';
import { buildReportFigures, writeMonthlyReport } from '@syt/core/report/index.ts';
import type { MonthlyReportInput, PlanTarget, ReportDocument, ReportHeader, ReportTarget, ReportUnit } from '@syt/core/report/index.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../access/access.policy.ts';
import { listTargets } from '../targets/targets.service.ts';
import { subtreeOf } from '../aggregate/aggregate.service.ts';
import { readPackage } from '../metadata/metadata-read.repository.ts';
import type { Executor } from '../metadata/upsert.ts';
import { proposedPlanItems } from '../tasks/task-plan.ts';
import { childUnitsDuring, figureRows, reportUnitRow, type PlacedFigureRows } from './report-figures.repository.ts';
import { requireReportable } from './report-access.ts';
import { asReportPeriod, lastMonthOf } from './report-period.ts';
import { reportForms, type FormOptions } from './report-forms.service.ts';
import { reportSettingsOf } from './report-settings.service.ts';
import { drawReportCharts } from './report-charts.service.ts';
import { targetsInForce } from '../targets/targets.repository.ts';
import { reportOutbreaks, type ReportOutbreaks } from '../outbreaks/report-outbreaks.repository.ts';

/** The report's org unit as services resolve it (access already checked). */
export interface ReportOrgUnit {
  id: number;
  code: string;
  name: string;
  path: string;
}

/** How a report is written: today on the server's clock (ISO date), and whether drafts count. */
export interface WriteOptions extends FormOptions {
  today: string;
}

/** The options of a write at the clock's today (Vietnam date), drafts counted when the request asks. */
export function writeOptions(clock: Clock, request: { includeDrafts?: boolean | undefined }): WriteOptions {
  return { today: vietnamDate(clock.now()), includeDrafts: request.includeDrafts === true };
}

/**
 * The period's report (a month, or a quarter, half-year, nine months, year) written fresh from the stored values, its
 * header from the defaults and the unit's settings, Part II proposed from the subtree's tasks due after the period's
 * last month (regenerating keeps the stored plan, so staff's edits survive), the charts the settings name drawn into
 * it. A period not begun, or a unit that did not exist in it, is refused (409).
 */
export async function writeReportFromData(db: Executor, unit: ReportOrgUnit, of: Period | ReportPeriod, options: WriteOptions): Promise<ReportDocument> {
  const period = asReportPeriod(of);
  await requireReportable(db, unit, period, options.today);
  const document = writeMonthlyReport(await monthlyReportInput(db, unit, period, options));
  const items = await proposedPlanItems(db, unit.path, lastMonthOf(period).code);
  const { charts: chartIds } = await reportSettingsOf(db, unit);
  // No chart named, no `charts` key: the document is what it was before charts existed.
  const charts = chartIds.length > 0 ? { charts: await drawReportCharts(db, unit, period, chartIds) } : {};
  return { ...document, plan: { ...document.plan, items }, ...charts };
}

/**
 * What the writer reads, from the database: units, metadata, the forms and the subtree's figures from the forms the
 * report counts, and the header.
 */
export async function monthlyReportInput(
  db: Executor, unit: ReportOrgUnit, of: Period | ReportPeriod, options: Partial<WriteOptions> = {},
): Promise<MonthlyReportInput> {
  const period = asReportPeriod(of);
  const [pkg, self, children, figureRows, { header, planTargets }, forms, targets, outbreaks] = await Promise.all([
    readPackage(db),
    reportUnitRow(db, unit.id),
    childUnitsDuring(db, unit.id, period.startDate, period.endDate),
    reportFigureRows(db, unit, period),
    headerAndPlan(db, unit, period),
    reportForms(db, unit, period, options),
    period.kind === 'annual' ? annualTargets(db, unit, period.year, options.today) : undefined,
    reportOutbreaks(db, unit, `${period.year - 1}-01-01`, period.endDate, period.kind === 'monthly' ? lastMonthOf(period) : null),
  ]);
  const placed = withOutbreakRecords(figureRows, outbreaks, unit);
  const unitsAbove = (orgUnit: string) => [placed.childOf.get(orgUnit) ?? unit.code, unit.code];
  // Outbreak records are no form's figures: no completeness rule keeps them out.
  const rows = [...placed.rows.filter(forms.rowFilter(unitsAbove)), ...outbreaks.rows];
  const types = new Map(pkg.dataElements.map((e) => [e.code, e.aggregationType]));
  const sources = sourcePeriodTypesByElement(pkg.dataSets);
  const figures = buildReportFigures(rows, {
    month: lastMonthOf(period),
    ...(period.kind === 'monthly' ? {} : { period }),
    childOf: (orgUnit) => placed.childOf.get(orgUnit) ?? null,
    aggregationTypeOf: (element) => types.get(element) ?? 'SUM',
    sourcePeriodTypesOf: (element) => sources.get(element) ?? [],
    indicators: pkg.indicators as Indicator[],
  });
  const asUnit = (u: { code: string; name: string; sentence_name: string | null; sort_order: number }): ReportUnit => ({
    code: u.code,
    name: u.name,
    sortOrder: u.sort_order,
    ...(u.sentence_name ? { sentenceName: u.sentence_name } : {}),
  });
  return {
    ...(period.kind === 'monthly' ? {} : { kind: period.kind }),
    period: period.code,
    orgUnit: { ...asUnit(self), sentenceName: self.sentence_name ?? self.name },
    children: children.map(asUnit),
    diseases: pkg.diseases,
    indicators: pkg.indicators,
    figures,
    header,
    completeness: forms.completeness,
    dataSetElements: forms.dataSetElements,
    ...(targets ? { targets } : {}),
    ...(planTargets ? { planTargets } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(Object.keys(outbreaks.states).length > 0 ? { outbreakStates: outbreaks.states } : {}),
  };
}

/**
 * The stored rows without the typed outbreak counts the records stand for, and the records' units placed under the
 * report unit's children (`/62/615/...` lies under 615).
 */
function withOutbreakRecords(placed: PlacedFigureRows, outbreaks: ReportOutbreaks, unit: ReportOrgUnit): PlacedFigureRows {
  const childOf = new Map(placed.childOf);
  for (const [code, path] of outbreaks.paths) {
    if (childOf.has(code)) continue;
    const child = path.slice(unit.path.length).split('/')[0];
    childOf.set(code, child ? child : null);
  }
  return { rows: placed.rows.filter((r) => !outbreaks.elements.has(r.element)), childOf };
}

/**
 * The stored rows a report reads: January of last year up to the period's end, over the unit's subtree (from three
 * days earlier, where a week whose Thursday falls in January begins).
 */
export async function reportFigureRows(db: Executor, unit: ReportOrgUnit, period: ReportPeriod): Promise<PlacedFigureRows> {
  const subtree = await subtreeOf(db, unit);
  const january = createPeriod('Monthly', period.year - 1, 1);
  return figureRows(db, { provinceId: subtree.provinceId, unit, start: firstStoredDay({ from: january, to: january }), end: period.endDate });
}

/**
 * The annual review's targets: the unit's own targets in force for the year, as `GET /api/targets` lists them (read
 * as a viewer of the unit, whose access the report already checked), with their achievement on `today` (without one,
 * once the year is over: never the machine's own clock, which is not the server's).
 */
async function annualTargets(db: Executor, unit: ReportOrgUnit, year: number, today: string | undefined): Promise<ReportTarget[]> {
  const day = today ?? `${year + 1}-01-01`;
  const clock = { now: () => new Date(`${day}T12:00:00+07:00`) };
  const reader: Actor = { id: 0, username: 'system', role: 'viewer', scopePath: unit.path, canEditExpired: false };
  const views = await listTargets({ db: db as Database, clock }, reader, { org: unit.code, year });
  return views
    .filter((v) => v.orgUnit.code === unit.code)
    .map((v) => ({
      name: v.item.name,
      measure: v.measure,
      direction: v.direction,
      value: v.value,
      actual: v.achievement.actual,
      percent: v.achievement.percent,
      status: v.achievement.status,
      estimate: v.achievement.estimate?.value ?? null,
      estimateStatus: v.achievement.estimateStatus,
      to: v.achievement.to,
    }));
}

/**
 * The header, and the monthly report's plan targets when the unit's settings cite them: the unit's own targets in
 * force for the report's year (the units below have theirs; the report speaks for the unit).
 */
async function headerAndPlan(db: Executor, unit: ReportOrgUnit, period: ReportPeriod): Promise<{ header: ReportHeader; planTargets?: PlanTarget[] }> {
  const { citeTargets, charts: _charts, ...header } = await reportSettingsOf(db, unit);
  if (!citeTargets || period.kind !== 'monthly') return { header };
  const rows = await targetsInForce(db, period.year, unit.path);
  const planTargets = rows
    .filter((row) => row.org_unit_id === unit.id)
    .map((row) => ({ item: row.item, direction: row.direction, value: row.value, baseline: row.baseline }));
  return { header, planTargets };
}
