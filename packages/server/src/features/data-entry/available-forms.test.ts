import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('forms a user can open, and what is pending, on $name', (dialect) => {
  let t: TestApp;
  let dakHa: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2023-12-07T02:00:00Z'));
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  it('offers a reporter only the forms of their own unit', async () => {
    const forms = (await dakHa.request('GET', '/api/forms/available')).json().forms;
    expect(forms).toEqual([
      { dataSet: { code: 'BTN_THANG', name: expect.any(String), periodType: 'Monthly' }, orgUnits: [{ code: '615', name: 'Đăk Hà' }] },
      { dataSet: { code: 'BTN_TUAN', name: 'Báo cáo tuần bệnh truyền nhiễm', periodType: 'Weekly' }, orgUnits: [{ code: '615', name: 'Đăk Hà' }] },
    ]);
  });

  it('lists the overdue November form and the December one due soon, until they are submitted', async () => {
    const pending = (await dakHa.request('GET', '/api/forms/pending')).json().forms;
    // Thursday 7 December: week 48 was due on Tuesday the 5th, week 49 is due on the 12th; week 47 closed on the 5th.
    expect(pending.map((f: { period: string; overdue: boolean; dueSoon: boolean }) => [f.period, f.overdue, f.dueSoon])).toEqual([
      ['202311', true, false],
      ['2023W48', true, false],
      ['2023W49', false, true],
      ['202312', false, false],
    ]);
    await dakHa.request('PUT', '/api/data-values', { dataElement: 'TCM_CASES', orgUnit: '615', period: '202311', value: '1' });
    expect((await dakHa.request('POST', '/api/forms/submit', { dataSet: 'BTN_THANG', orgUnit: '615', period: '202311' })).statusCode).toBe(200);
    const after = (await dakHa.request('GET', '/api/forms/pending')).json().forms;
    expect(after.map((f: { period: string }) => f.period)).toEqual(['2023W48', '2023W49', '202312']);
  });
});
