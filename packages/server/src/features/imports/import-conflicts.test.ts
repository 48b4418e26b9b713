import { IMPORT_CONFLICTS_LISTED } from '@syt/core/api/contract.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

const HEADER = 'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted';

/** A broken file answers with its first 1,000 refused rows and the total, not a list as long as the file. */
describe.each(DIALECTS)('import conflicts on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'));
    staff = await signedIn(t, 'canbo', 'staff', '62', { canEditExpired: true });
  });
  afterAll(() => t.close());

  it('lists the first 1,000 of 1,500 bad rows, in file order, with the total', async () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => `KHONG_CO_${i},202311,615,,,1,,,,,`);
    const res = await staff.upload('/api/imports?format=csv', 'so-lieu.csv', [HEADER, ...rows].join('\n'));
    expect(res.statusCode).toBe(200);
    const summary = res.json();
    expect(summary).toMatchObject({ status: 'ERROR', ignored: 1_500, conflictsTotal: 1_500 });
    expect(summary.conflicts).toHaveLength(IMPORT_CONFLICTS_LISTED);
    expect(summary.conflicts[0]).toMatchObject({ code: 'KHONG_CO_0', location: 'Dòng 2' });
    expect(summary.conflicts.at(-1)).toMatchObject({ code: 'KHONG_CO_999' });
  });

  it('merges refused rows of the reader and of the checks in file order before cutting the list', async () => {
    // Even rows name an unknown element (refused by the checks), odd rows name none (refused by the reader).
    const rows = Array.from({ length: 1_500 }, (_, i) => (i % 2 === 0 ? `KHONG_CO_${i}` : '') + ',202311,615,,,1,,,,,');
    const res = await staff.upload('/api/imports?format=csv', 'so-lieu.csv', [HEADER, ...rows].join('\n'));
    const summary = res.json();
    expect(summary.conflictsTotal).toBe(1_500);
    expect(summary.conflicts.map((c: { index: number }) => c.index)).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
  });
});
