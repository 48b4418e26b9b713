import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

/** A choice with no stored values is refused with a sentence, not downloaded as a file holding only a header. */
describe.each(DIALECTS)('an export with nothing in it on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-04T02:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  it.each(['csv', 'json', 'adx'])('says in Vietnamese that there is nothing to export (%s)', async (format) => {
    const res = await dakHa.request('GET', `/api/exports?orgUnit=615&period=202310,202311&format=${format}`);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-disposition']).toBeUndefined();
    const error = res.json().error;
    expect(error.code).toBe('NOTHING_TO_EXPORT');
    expect(error.message).toMatch(/^Không có số liệu nào để xuất: .*Đăk Hà.*, kỳ 202310, 202311\./);
  });

  it('downloads the file once there is a value', async () => {
    const put = await dakHa.request('PUT', '/api/data-values', { dataElement: 'TCM_CASES', orgUnit: '615', period: '202311', value: '2' });
    expect(put.statusCode, put.body).toBe(200);
    const res = await dakHa.request('GET', '/api/exports?orgUnit=615&period=202310,202311&format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('syt-615-202310_202311.csv');
    expect(res.body.split('\n')[1]).toMatch(/^TCM_CASES,202311,615,/);
  });
});
