import { performance } from 'node:perf_hooks';
import { generateDemoSubmissions, generateDemoValues } from '../packages/core/src/demo/index.ts';
import { DEFAULT_PACKAGE } from '../packages/core/src/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../packages/core/src/orgunit/kontum.ts';
import { renderText } from '../packages/core/src/report/render/index.ts';
import { ManualClock, systemClock } from '../packages/server/src/clock.ts';
import type { Actor } from '../packages/server/src/features/access/access.policy.ts';
import { storeTrustedValues } from '../packages/server/src/features/data-values/data-value.service.ts';
import { storeSubmissions } from '../packages/server/src/features/install/demo.service.ts';
import { setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import { writeOrgUnits } from '../packages/server/src/features/org-units/org-unit.repository.ts';
import { monthlyReportDocument } from '../packages/server/src/features/reports/report-output.service.ts';
import { renderReportDocx } from '../packages/server/src/render/report-docx.ts';
import { communes, PROVINCE, splitOverCommunes } from './communes.ts';
import type { Benchmark } from './run.ts';

const RUNS = 21;
const PERIOD = '202311';
const ACTOR: Actor = { id: 0, username: 'bench', role: 'staff', scopePath: `/${PROVINCE}/`, canEditExpired: false };

/** Median of RUNS timed runs, after one warm-up run whose time is returned too. */
async function timings(work: () => Promise<unknown>): Promise<{ first: number; median: number }> {
  const time = async () => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  const first = await time();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await time());
  runs.sort((a, b) => a - b);
  return { first, median: runs[RUNS >> 1]! };
}

/**
 * The whole monthly report of the province, written from the database: five years of the demo's values (2019–2023)
 * moved down to 100 communes, read, aggregated per district and span, and written as the Vietnamese document.
 */
export const reportBenchmarks: Benchmark = async (dialect) => {
  const database = await dialect.create();
  try {
    await setupInstallation({ db: database.db, clock: systemClock });
    await writeOrgUnits(database.db, communes());
    const values = splitOverCommunes(generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { includeZeros: true }));
    await database.db
      .transaction()
      .execute(async (trx) => {
        // Submitted as in the demo: a report counts submitted forms only.
        await storeSubmissions(trx, generateDemoSubmissions(KONTUM_ORG_UNITS));
        return storeTrustedValues(trx, values, 'bench', new Date().toISOString());
      });
    const write = () => monthlyReportDocument(database.db, systemClock, ACTOR, { org: PROVINCE, period: PERIOD });
    const report = await timings(write);
    const { document } = await write();
    const docx = await timings(() => renderReportDocx(document));
    // The periodic reports read the same rows over more months (and every month's forms).
    const quarter = await timings(() => monthlyReportDocument(database.db, systemClock, ACTOR, { org: PROVINCE, period: '2023Q3', kind: 'quarterly' }));
    const year = await timings(() => monthlyReportDocument(database.db, systemClock, ACTOR, { org: PROVINCE, period: '2023', kind: 'annual' }));
    // Written on 04/12/2023 as seed 002 asks: figures to 30/11 and each field's estimate for the year.
    const december = new ManualClock('2023-12-04T03:00:00Z');
    const toNovember = await timings(() => monthlyReportDocument(database.db, december, ACTOR, { org: PROVINCE, period: '2023', kind: 'annual' }));
    return [
      { name: `report ${PERIOD}: ${values.length} values stored, commune level`, value: values.length, unit: 'values' },
      { name: 'monthly report from the database: first run', value: report.first, unit: 'ms' },
      { name: `monthly report from the database: median of ${RUNS}`, value: report.median, unit: 'ms' },
      { name: `  rendered as .docx: median of ${RUNS}`, value: docx.median, unit: 'ms' },
      { name: `quarterly report 2023Q3 from the database: median of ${RUNS}`, value: quarter.median, unit: 'ms' },
      { name: `annual review 2023 from the database: median of ${RUNS}`, value: year.median, unit: 'ms' },
      { name: `  written on 04/12/2023 (to 30/11, with estimates): median`, value: toNovember.median, unit: 'ms' },
      { name: '  check: characters of the plain-text report', value: renderText(document).length, unit: 'chars' },
    ];
  } finally {
    await database.drop();
  }
};
