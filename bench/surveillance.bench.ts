import { performance } from 'node:perf_hooks';
import type { DataValue } from '../packages/core/src/datavalue/types.ts';
import { DEFAULT_PACKAGE } from '../packages/core/src/metadata/default-package.ts';
import { historyUnits, seriesOf } from '../packages/core/src/outbreaks/unit-series.ts';
import { judgeSeries, type SeriesWindow } from '../packages/core/src/outbreaks/judge-series.ts';
import { KONTUM_ORG_UNITS } from '../packages/core/src/orgunit/kontum.ts';
import { parsePeriod, periodsBetween } from '../packages/core/src/period/index.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import { storeTrustedValues } from '../packages/server/src/features/data-values/data-value.service.ts';
import { setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import { readOrgUnits } from '../packages/server/src/features/org-units/org-unit.repository.ts';
import { readCaseCounts } from '../packages/server/src/features/surveillance/case-counts.repository.ts';
import { readSurveillanceDiseases } from '../packages/server/src/features/surveillance/diseases.repository.ts';
import type { Benchmark } from './run.ts';

const RUNS = 5;
const FROM = '2019W01';
const TO = '2023W52';
const DISTRICTS = KONTUM_ORG_UNITS.dataSetAssignments.BTN_THANG!;

async function median(work: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  await work();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[RUNS >> 1]!;
}

/** The first option combo of an element (its breakdown's first option, or `default`). */
function comboOf(element: string): string {
  const combo = DEFAULT_PACKAGE.dataElements.find((e) => e.code === element)!.categoryCombo;
  if (combo === 'default') return 'default';
  const categories = DEFAULT_PACKAGE.categoryCombos.find((c) => c.code === combo)!.categories;
  return categories.map((c) => DEFAULT_PACKAGE.categories.find((x) => x.code === c)!.options[0]!.code).join('_');
}

/** Five years of weekly cases of every notifiable disease at every district: seasonal, deterministic, some weeks missing. */
function weeklyValues(): DataValue[] {
  const weeks = periodsBetween(parsePeriod(FROM), parsePeriod(TO));
  const out: DataValue[] = [];
  DEFAULT_PACKAGE.diseases.forEach((d, di) => {
    DISTRICTS.forEach((unit, ui) => {
      weeks.forEach((w, wi) => {
        if ((di + ui + wi) % 29 === 0) return;
        const season = 1 + Math.sin((2 * Math.PI * w.index) / 52);
        const value = Math.round(((di % 7) + 1) * season + ((di * 31 + ui * 17 + wi * 7) % 5));
        out.push({ dataElement: d.casesElement, categoryOptionCombo: comboOf(d.casesElement), orgUnit: unit, period: w.code, value: String(value) });
      });
    });
  });
  return out;
}

/**
 * Thresholds of every notifiable disease for every district and the province over five years of weekly data, each
 * week judged by its disease's method, read from the database; beside it, the raw SELECT of the same rows.
 */
export const surveillanceBenchmarks: Benchmark = async (dialect) => {
  const database = await dialect.create();
  const db = database.db;
  try {
    await setupInstallation({ db, clock: systemClock });
    const values = weeklyValues();
    await db.transaction().execute((trx) => storeTrustedValues(trx, values, 'bench', new Date().toISOString()));
    const periods = periodsBetween(parsePeriod(FROM), parsePeriod(TO));
    const window: SeriesWindow = { frequency: 52, periods, firstJudged: 0, weekOfYear: periods.map((p) => p.index) };
    const codes = periods.map((p) => p.code);
    const [start, end] = [periods[0]!.startDate, periods.at(-1)!.endDate];
    let judged = 0;
    const thresholds = async () => {
      const [diseases, units] = await Promise.all([readSurveillanceDiseases(db), readOrgUnits(db)]);
      const counts = await readCaseCounts(db, diseases.map((d) => d.casesElementId), 'Weekly', start, end);
      judged = 0;
      for (const target of [...DISTRICTS, '62']) {
        const history = historyUnits(units, target);
        for (const d of diseases) {
          judged += judgeSeries(d.thresholdMethod, window, seriesOf(codes, history, counts.get(d.casesElementId) ?? new Map())).length;
        }
      }
    };
    const elementIds = (await readSurveillanceDiseases(db)).map((d) => d.casesElementId);
    const raw = () =>
      db.selectFrom('data_value').select(['data_element_id', 'org_unit_id', 'period', 'value'])
        .where('data_element_id', 'in', elementIds).where('period_start', '>=', start).where('period_start', '<=', end)
        .where('period', 'like', '%W%').execute();
    const [withThresholds, baseline] = [await median(thresholds), await median(raw)];
    return [
      { name: `surveillance: ${values.length} weekly values, ${judged} weeks judged`, value: values.length, unit: 'values' },
      { name: `thresholds, all diseases × units × weeks: median of ${RUNS}`, value: withThresholds, unit: 'ms' },
      { name: '  baseline: raw SELECT of the same rows', value: baseline, unit: 'ms' },
    ];
  } finally {
    await database.drop();
  }
};
