import type { ReportWarnings } from '@syt/core/api/reports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { PERIOD, startReportTest, type ReportTest } from './reports.fixture.ts';

/** Before finalising, the officer sees the month's failing rules and the forms not yet submitted. */
describe.each(DIALECTS)('report warnings on $name', (dialect) => {
  let rt: ReportTest;
  let id: number;
  beforeAll(async () => {
    rt = await startReportTest(dialect, { submit: false });
    id = (await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: PERIOD })).json().id;
  }, 120_000);
  afterAll(() => rt.t.close());

  const warnings = async () => {
    const res = await rt.users.leader.request('GET', `/api/reports/instances/${id}/warnings`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ReportWarnings;
  };

  it('lists the forms of the month that no unit has submitted', async () => {
    const { missingForms } = await warnings();
    const missing = missingForms.map((f) => `${f.dataSet.code}/${f.orgUnit.code}`);
    // The fixture stores values but submits no form: every district's and the province's form is outstanding.
    expect(missing).toContain('BTN_THANG/615');
    expect(missing).toContain('HOATDONG_THANG/62');
    expect(missingForms.every((f) => f.label.length > 0)).toBe(true);
  });

  it('lists a rule broken by a stored value, with the unit and the rule’s Vietnamese message', async () => {
    expect((await warnings()).violations.filter((v) => v.orgUnit.code === '615')).toEqual([]);
    const put = await rt.users.admin.request('PUT', '/api/data-values', {
      dataElement: 'TCM_DEATHS',
      categoryOptionCombo: 'default',
      orgUnit: '615',
      period: PERIOD,
      value: '999',
    });
    expect(put.statusCode, put.body).toBe(200);
    const broken = (await warnings()).violations.filter((v) => v.orgUnit.code === '615');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ orgUnit: { code: '615', name: 'Đăk Hà' } });
    expect(broken[0]!.ruleCode).toContain('TCM');
    expect(broken[0]!.message.length).toBeGreaterThan(0);
  });

  it('are refused outside the user’s scope, as for a missing report', async () => {
    const res = await rt.users.district.request('GET', `/api/reports/instances/${id}/warnings`);
    expect(res.statusCode).toBe(404);
  });
});
