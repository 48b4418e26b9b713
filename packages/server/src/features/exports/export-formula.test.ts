import { parseDhis2Csv } from '@syt/core/interchange/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

const ATTACK = "=cmd|' /C calc'!A0";

/** A comment typed as a formula leaves SYT quoted in the CSV export, and comes back unchanged on import. */
describe.each(DIALECTS)('CSV export against formula injection on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-04T02:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  it('quotes the comment, keeps the number, and reads back what was stored', async () => {
    const put = await dakHa.request('PUT', '/api/data-values', { dataElement: 'TCM_CASES', orgUnit: '615', period: '202311', value: '2', comment: ATTACK });
    expect(put.statusCode, put.body).toBe(200);
    const res = await dakHa.request('GET', '/api/exports?orgUnit=615&period=202311&format=csv');
    expect(res.statusCode).toBe(200);
    // storedby, lastupdated, comment, followup, deleted, created: DHIS2's columns, as stored.
    const at = '2023-12-04T02:00:00.000Z';
    expect(res.body.split('\n')[1]).toBe(`TCM_CASES,202311,615,,,2,dakha,${at},'${ATTACK},false,,${at}`);
    expect(parseDhis2Csv(res.body).values[0]).toMatchObject({ value: '2', comment: ATTACK });
  });
});
