/** Test set-up shared by the report suites: an installation with the demo's values for 2022–11/2023 and a user per role. */
import type { Role } from '@syt/core/api/contract.ts';
import { generateDemoSubmissions, generateDemoValues } from '@syt/core/demo/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import { ManualClock } from '../../clock.ts';
import type { TestDialect } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';
import { storeSubmissions } from '../install/demo.service.ts';

export const PERIOD = '202311';

export interface ReportTest {
  t: TestApp;
  users: Record<'admin' | 'staff' | 'leader' | 'reporter' | 'viewer' | 'district', TestClient>;
}

/**
 * The demo's values for January 2022 to November 2023 only, to keep the suites fast, with the demo's submissions of
 * those months (a report counts submitted forms only). With `submit: false` every form stays a draft, so its cells
 * can be edited (suites that change values then ask for drafts to be counted). `now` sets the server's clock
 * (05/03/2024 unless told).
 */
export async function startReportTest(dialect: TestDialect, options: { submit?: boolean; now?: string } = {}): Promise<ReportTest> {
  const t = await startTestApp(dialect, ...(options.now ? [new ManualClock(options.now)] : []));
  const values = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: '202201', to: PERIOD, includeZeros: true });
  const submissions = generateDemoSubmissions(KONTUM_ORG_UNITS).filter((s) => s.period >= '202201' && s.period <= PERIOD);
  await t.database.db.transaction().execute(async (trx) => {
    if (options.submit !== false) await storeSubmissions(trx, submissions);
    await storeTrustedValues(trx, values, 'demo', t.clock.now().toISOString());
  });
  const user = (name: string, role: Role, org = '62') => signedIn(t, name, role, org, { canEditExpired: true });
  const users = {
    admin: await user('quantri', 'admin'),
    staff: await user('chuyenvien', 'staff'),
    leader: await user('lanhdao', 'leader'),
    reporter: await user('baocao', 'reporter'),
    viewer: await user('xem', 'viewer'),
    district: await user('dakha', 'staff', '615'),
  };
  return { t, users };
}

/** One stored value of the element (and option) in the month, as the entry and import APIs address it. */
export async function storedCell(rt: ReportTest, element: string, option?: string) {
  let q = rt.t.database.db
    .selectFrom('data_value as v')
    .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
    .innerJoin('category_option_combo as coc', 'coc.id', 'v.category_option_combo_id')
    .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
    .select(['de.code as dataElement', 'coc.code as categoryOptionCombo', 'ou.code as orgUnit', 'v.period', 'v.value'])
    .where('de.code', '=', element)
    .where('v.period', '=', PERIOD);
  if (option) q = q.where('coc.code', '=', option);
  return q.orderBy('ou.code').executeTakeFirstOrThrow();
}
