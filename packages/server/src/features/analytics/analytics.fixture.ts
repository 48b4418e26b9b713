/** Test set-up of the analytics suites: the demo's values of a few elements for 2023–2025 and users on both sides of the 2025 merger. */
import type { DataValue } from '@syt/core/datavalue/types.ts';
import { generateDemoValues } from '@syt/core/demo/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import { expect } from 'vitest';
import { ManualClock } from '../../clock.ts';
import type { TestDialect } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';

/** Elements read by the suites: a count, a disaggregated count, a register (LAST) and the beds behind an indicator. */
export const ELEMENTS = new Set(['SXHD_CASES', 'LAO_CASES', 'HIV_REG_TOTAL', 'HIV_REG_DEATHS', 'KCB_BED_DAYS', 'KCB_BEDS_PLAN']);

export const value = (dataElement: string, orgUnit: string, period: string, v: number, categoryOptionCombo = 'default'): DataValue =>
  ({ dataElement, categoryOptionCombo, orgUnit, period, value: String(v) });

/** Values of Quảng Ngãi after the merger, weeks of Đăk Hà, and a stored zero (a figure, unlike a missing value). */
const EXTRA: DataValue[] = [
  value('SXHD_CASES', '51', '202507', 40), value('SXHD_CASES', '51', '202508', 33), value('HIV_REG_TOTAL', '51', '202508', 900),
  value('SXHD_CASES', '615', '2024W01', 2), value('SXHD_CASES', '615', '2024W02', 0), value('SXHD_CASES', '612', '2024W02', 4),
  value('SXHD_CASES', '615', '2025W35', 6),
];

export interface AnalyticsTest {
  t: TestApp;
  /** Department staff of Kon Tum (62), a reporter of Đăk Hà (615), staff of Quảng Ngãi (51). */
  staff: TestClient;
  dakHa: TestClient;
  quangNgai: TestClient;
}

/** The installation on 10/09/2025: "this month" is 08/2025. */
export async function startAnalyticsTest(dialect: TestDialect): Promise<AnalyticsTest> {
  const t = await startTestApp(dialect, new ManualClock('2025-09-10T02:00:00Z'));
  const demo = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { from: '202301', to: '202506' }).filter((v) => ELEMENTS.has(v.dataElement));
  await storeTrustedValues(t.database.db, [...demo, ...EXTRA], 'test', t.clock.now().toISOString());
  return {
    t,
    staff: await signedIn(t, 'canbo', 'staff', '62'),
    dakHa: await signedIn(t, 'dakha', 'reporter', '615'),
    quangNgai: await signedIn(t, 'quangngai', 'staff', '51'),
  };
}

/** `GET /api/aggregate`'s value for one item, unit and period. */
export async function aggregateValue(client: TestClient, item: string, orgUnit: string, period: string): Promise<number | null> {
  const res = await client.request('GET', `/api/aggregate?${new URLSearchParams({ item, orgUnit, from: period, to: period })}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().value;
}
