/**
 * The golden report's input: the demo's values (which reproduce every figure of seed 001, the Kon Tum report for
 * November 2023 — see demo/seed-001-targets.ts) read as the server would read them for 62 / 202311.
 */
import { generateDemoValues } from '../../../demo/index.ts';
import { DEFAULT_PACKAGE } from '../../../metadata/default-package.ts';
import type { MetadataPackage, OrgUnitPackage } from '../../../metadata/types.ts';
import { KONTUM_ORG_UNITS } from '../../../orgunit/kontum.ts';
import { isArea } from '../../../orgunit/tree.ts';
import { parsePeriod } from '../../../period/index.ts';
import { buildReportFigures } from '../../build-figures.ts';
import type { FigureRow, ReportUnit } from '../../figures.ts';
import { defaultReportHeader } from '../../header.ts';
import type { MonthlyReportInput } from '../../input.ts';

/** The Kon Tum districts as report units, in canonical order. */
export const KONTUM_DISTRICTS: ReportUnit[] = KONTUM_ORG_UNITS.orgUnits
  .filter((u) => u.parent === '62' && isArea(u))
  .map((u) => ({ code: u.code, name: u.name, sortOrder: u.sortOrder, ...(u.sentenceName ? { sentenceName: u.sentenceName } : {}) }));

/** The figure rows of a province over the months a report of `period` reads (January last year to the month). */
export function demoFigureRows(
  period: string,
  pkg: MetadataPackage = DEFAULT_PACKAGE,
  units: OrgUnitPackage = KONTUM_ORG_UNITS,
): FigureRow[] {
  const from = `${Number(period.slice(0, 4)) - 1}01`;
  return generateDemoValues(pkg, units, { from, to: period }).map((v) => ({
    element: v.dataElement,
    option: v.categoryOptionCombo,
    orgUnit: v.orgUnit,
    period: v.period,
    value: Number(v.value),
  }));
}

/** The monthly report input of Kon Tum (62) for `period` from `rows` (default: the demo's). */
export function kontumReportInput(period: string, rows: FigureRow[] = demoFigureRows(period)): MonthlyReportInput {
  const province = KONTUM_ORG_UNITS.orgUnits.find((u) => u.code === '62')!;
  const children = KONTUM_DISTRICTS;
  const childCodes = new Set(children.map((c) => c.code));
  const types = new Map(DEFAULT_PACKAGE.dataElements.map((e) => [e.code, e.aggregationType]));
  const figures = buildReportFigures(rows, {
    month: parsePeriod(period),
    childOf: (orgUnit) => (childCodes.has(orgUnit) ? orgUnit : null),
    aggregationTypeOf: (element) => types.get(element) ?? 'SUM',
    indicators: DEFAULT_PACKAGE.indicators,
  });
  return {
    period,
    orgUnit: {
      code: province.code,
      name: province.name,
      sortOrder: province.sortOrder,
      sentenceName: province.sentenceName ?? province.name,
    },
    children,
    diseases: DEFAULT_PACKAGE.diseases,
    indicators: DEFAULT_PACKAGE.indicators,
    figures,
    header: defaultReportHeader(province),
  };
}
